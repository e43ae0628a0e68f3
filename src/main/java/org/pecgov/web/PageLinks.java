package org.pecgov.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the NHS pagination component for a page of results, keeping the list's filters.
 * Page numbers in URLs start at 1. The base is the current request, whose query is already encoded.
 * @param previous the previous page's URL, or null
 * @param next the next page's URL, or null
 * @param pages the numbered links (null number = an ellipsis)
 * @param total how many results in all
 */
public record PageLinks(String previous, String next, List<Link> pages, long total, int first, int last) {

	/**
	 * Links relative to this server, for the list that the request asked for.
	 * @param page the page of results
	 * @param request the request, whose path and query the links keep
	 * @return the links
	 */
	/** The highest page number a request may ask for, so that no offset overflows. */
	static final int LAST_PAGE = 100_000;

	/**
	 * The page a {@code page} request parameter asks for, from 0: the first page for anything that is not a
	 * whole number from 1.
	 * @param page the parameter, counting from 1
	 * @return the page, from 0
	 */
	public static int number(String page) {
		try {
			return Math.min(Math.max(Integer.parseInt(page) - 1, 0), LAST_PAGE);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	public static PageLinks of(Page<?> page, HttpServletRequest request) {
		return of(page, UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString()));
	}

	/**
	 * The links of a list shown again after a POST, whose own address is not the list's.
	 * @param page the page shown
	 * @param base the list's address, with its filters
	 * @return the links
	 */
	public static PageLinks of(Page<?> page, UriComponentsBuilder base) {
		int current = page.getNumber() + 1;
		int count = Math.max(page.getTotalPages(), 1);
		List<Link> links = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			if (n == 1 || n == count || Math.abs(n - current) <= 2) {
				links.add(new Link(n, url(base, n), n == current));
			}
			else if (links.isEmpty() || links.get(links.size() - 1).number() != null) {
				links.add(new Link(null, null, false));
			}
		}
		long offset = page.getPageable().isPaged() ? page.getPageable().getOffset() : 0;
		int first = page.getNumberOfElements() == 0 ? 0 : (int) offset + 1;
		int last = first == 0 ? 0 : first + page.getNumberOfElements() - 1;
		return new PageLinks(page.hasPrevious() ? url(base, current - 1) : null,
				page.hasNext() ? url(base, current + 1) : null, count > 1 ? links : List.of(), page.getTotalElements(),
				first, last);
	}

	private static String url(UriComponentsBuilder base, int number) {
		return base.cloneBuilder().replaceQueryParam("page", number).build(true).toUriString();
	}

	/**
	 * One numbered link.
	 * @param number the page number, null for an ellipsis
	 * @param url its URL
	 * @param current whether it is the page shown
	 */
	public record Link(Integer number, String url, boolean current) {
	}

}
