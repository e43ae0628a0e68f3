package org.pecgov.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.pecgov.security.Role;

/**
 * A search as the sources run it: the words typed, read as a PostgreSQL text query in which each word may begin a
 * word found ("lind" finds Lindley), and who asks.
 *
 * @param words the words typed, lower case, letters and digits only (so nothing typed is tsquery syntax)
 * @param organisationId the PCT of the one who asks
 * @param role their role
 * @param personId the person they are on the register, or null
 * @param limit the most hits a source returns
 */
public record SearchQuery(List<String> words, Long organisationId, Role role, Long personId, int limit) {

	/** The most words read from what was typed. */
	public static final int MOST_WORDS = 8;

	/** What ts_headline puts before a word found: a character no one types. */
	public static final char MARK_START = '\u0002';

	/** What ts_headline puts after a word found. */
	public static final char MARK_STOP = '\u0003';

	/** The options of ts_headline every source passes: the stretch of the text around the words found, marked. */
	public static final String HEADLINE_OPTIONS = "StartSel=" + MARK_START + ", StopSel=" + MARK_STOP
			+ ", MaxWords=35, MinWords=15";

	/**
	 * @param text what was typed
	 * @return its words, at most {@value #MOST_WORDS}, each of letters and digits only
	 */
	public static List<String> wordsOf(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && words.size() < MOST_WORDS) {
				words.add((word.length() > 40) ? word.substring(0, 40) : word);
			}
		}
		return words;
	}

	/**
	 * @return the text query for to_tsquery: every word, each as a prefix ("kate:* &amp; lind:*")
	 */
	public String tsquery() {
		return String.join(" & ", this.words.stream().map((word) -> word + ":*").toList());
	}

	/**
	 * @param roles roles, e.g. ADMIN, SECRETARY
	 * @return whether the one who asks has one of them
	 */
	public boolean roleIn(Role... roles) {
		for (Role candidate : roles) {
			if (candidate == this.role) {
				return true;
			}
		}
		return false;
	}

}
