package org.pecgov.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a page grouped by declarant, in their order.
 * @param name the declarant
 * @param posts their posts
 * @param updated when their entries were last updated
 * @param entries their entries on the page
 */
public record RegisterPerson(String name, String posts, LocalDate updated, List<PublicRegisterService.Entry> entries) {

	/**
	 * Groups a page's entries by declarant.
	 * @param entries the entries, a declarant's together
	 * @return the groups
	 */
	public static List<RegisterPerson> of(List<PublicRegisterService.Entry> entries) {
		Map<Long, List<PublicRegisterService.Entry>> byPerson = new LinkedHashMap<>();
		entries.forEach((e) -> byPerson.computeIfAbsent(e.personId(), (k) -> new ArrayList<>()).add(e));
		return byPerson.values()
			.stream()
			.map((list) -> new RegisterPerson(list.get(0).name(), list.get(0).posts(), list.get(0).personUpdated(), list))
			.toList();
	}

}

