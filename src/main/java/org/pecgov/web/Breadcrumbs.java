package org.pecgov.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The NHS breadcrumb of a deep page, built where the page is laid out: every page's model has it as
 * {@code crumbs} ({@link TemplateHelpers}), and {@code fragments/breadcrumbs :: trail} shows what it gives:
 * {@code trail(${crumbs.of(#messages.msg('nav.committees'), '/committees', committee.name, '/committees/' + committee.id)})}.
 * The trail names the pages above the current one, not the page itself; on a phone only the last shows, as a
 * back link.
 */
public class Breadcrumbs {

	/**
	 * The pages above this one, from the top.
	 * @param namesAndAddresses each page's name followed by its address within the service (from /)
	 * @return the trail
	 * @throws IllegalArgumentException when a name has no address, or an address does not start with /
	 */
	public List<Crumb> of(String... namesAndAddresses) {
		if (namesAndAddresses.length % 2 != 0) {
			throw new IllegalArgumentException("Every page of a breadcrumb needs a name and an address");
		}
		List<Crumb> trail = new ArrayList<>(namesAndAddresses.length / 2);
		for (int i = 0; i < namesAndAddresses.length; i += 2) {
			trail.add(new Crumb(namesAndAddresses[i], namesAndAddresses[i + 1]));
		}
		return List.copyOf(trail);
	}

	/**
	 * A page above the current one.
	 *
	 * @param name what it is called
	 * @param href its address within the service, from /
	 */
	public record Crumb(String name, String href) {

		/**
		 * A page of the trail.
		 * @throws IllegalArgumentException when the address is not within the service
		 */
		public Crumb {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("A page of a breadcrumb needs a name");
			}
			if (href == null || !href.startsWith("/") || href.startsWith("//")) {
				throw new IllegalArgumentException("A page of a breadcrumb is an address within the service: " + href);
			}
		}

	}

}
