package org.pecgov.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A record found.
 *
 * @param kind what it is, e.g. MEMBER, MEETING, AGENDA_ITEM, DECISION, DECLARATION, PAPER (its label is
 *     search.kind.KIND)
 * @param title what it is called, as typed by people
 * @param href where it is read
 * @param context where it belongs (the committee of a meeting, the declarant), or null
 * @param date its date, or null
 * @param headline an extract with the words found between {@link SearchQuery#MARK_START} and
 *     {@link SearchQuery#MARK_STOP}, or null
 * @param rank how well it matches (ts_rank): higher first
 */
public record SearchHit(String kind, String title, String href, String context, LocalDate date, String headline,
		double rank) {

	/**
	 * A stretch of the extract: found words are marked.
	 *
	 * @param text the words
	 * @param found whether they are words searched for
	 */
	public record Part(String text, boolean found) {
	}

	/**
	 * @return the extract in stretches, for the page to mark the words found (each stretch is escaped as text)
	 */
	public List<Part> parts() {
		List<Part> parts = new ArrayList<>();
		if (this.headline == null || this.headline.isBlank()) {
			return parts;
		}
		StringBuilder current = new StringBuilder();
		boolean found = false;
		for (char c : this.headline.toCharArray()) {
			if (c == SearchQuery.MARK_START || c == SearchQuery.MARK_STOP) {
				if (!current.isEmpty()) {
					parts.add(new Part(current.toString(), found));
					current.setLength(0);
				}
				found = (c == SearchQuery.MARK_START);
			}
			else {
				current.append(c);
			}
		}
		if (!current.isEmpty()) {
			parts.add(new Part(current.toString(), found));
		}
		return parts;
	}

}
