package org.pecgov.web;

/**
 * A record's id as a request names it in a query (a filter, a record to start from): a whole number, else none.
 * Anything else (words, a minus sign, more digits than an id holds) names no record, so it narrows nothing.
 */
public final class Ids {

	private static final int LONGEST = 18;

	private Ids() {
	}

	/**
	 * @param text what the request gave, or null
	 * @return the id, or null when the text names none
	 */
	public static Long of(String text) {
		if (text == null) {
			return null;
		}
		String id = text.strip();
		return (!id.isEmpty() && id.length() <= LONGEST && id.chars().allMatch((c) -> c >= '0' && c <= '9'))
				? Long.valueOf(id) : null;
	}

}
