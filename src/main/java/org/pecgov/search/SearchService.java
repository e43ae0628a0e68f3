package org.pecgov.search;

import java.util.Comparator;
import java.util.List;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site search: asks every feature for what the signed-in user may read that matches, best match first.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	/** Results a page. */
	public static final int PAGE_SIZE = 20;

	/** The most hits each feature gives: the search finds, it does not list. */
	static final int PER_SOURCE = 60;

	private final ObjectProvider<SearchSource> sources;

	SearchService(ObjectProvider<SearchSource> sources) {
		this.sources = sources;
	}

	/**
	 * @param text what was typed
	 * @param page from 0
	 * @return a page of hits, best first (empty when nothing searchable was typed)
	 */
	public Page<SearchHit> search(String text, int page) {
		List<String> words = SearchQuery.wordsOf(text);
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		if (words.isEmpty()) {
			return Page.empty(request);
		}
		PecgovPrincipal user = CurrentUser.get();
		if (!Role.PCT_ROLES.contains(user.getRole())) {
			return Page.empty(request);
		}
		SearchQuery query = new SearchQuery(words, user.getOrganisationId(), user.getRole(), user.getPersonId(),
				PER_SOURCE);
		List<SearchHit> hits = this.sources.stream()
			.flatMap((source) -> source.search(query).stream())
			.sorted(Comparator.comparingDouble(SearchHit::rank)
				.reversed()
				.thenComparing(SearchHit::date, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(SearchHit::title, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		int from = (int) Math.min(request.getOffset(), hits.size());
		int to = Math.min(from + PAGE_SIZE, hits.size());
		return new PageImpl<>(hits.subList(from, to), request, hits.size());
	}

}
