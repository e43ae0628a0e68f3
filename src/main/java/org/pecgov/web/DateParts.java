package org.pecgov.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What was typed into the three boxes of an NHS date input (day, month, year), read as a date or as what is wrong
 * with it, part by part.
 *
 * @param day as typed, trimmed
 * @param month as typed, trimmed
 * @param year as typed, trimmed
 */
public record DateParts(String day, String month, String year) {

	/** Names of the request parameters of the three parts end thus: startDate-day, startDate-month, startDate-year. */
	public static final String DAY = "-day";

	/** The month part's suffix. */
	public static final String MONTH = "-month";

	/** The year part's suffix. */
	public static final String YEAR = "-year";

	/** What the date's parameter holds when the parts are not a date: this, then the problem's name. */
	static final String MARKER = "date-parts:";

	private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
			"nov", "dec" };

	/** A part of the date. */
	public enum Part {
		/** The day. */
		DAY,
		/** The month. */
		MONTH,
		/** The year. */
		YEAR
	}

	/** What is wrong with the parts typed; its message key is dateParts.NAME. */
	public enum Problem {
		/** Only the day is missing. */
		MISSING_DAY(EnumSet.of(Part.DAY)),
		/** Only the month is missing. */
		MISSING_MONTH(EnumSet.of(Part.MONTH)),
		/** Only the year is missing. */
		MISSING_YEAR(EnumSet.of(Part.YEAR)),
		/** The day and month are missing. */
		MISSING_DAY_MONTH(EnumSet.of(Part.DAY, Part.MONTH)),
		/** The day and year are missing. */
		MISSING_DAY_YEAR(EnumSet.of(Part.DAY, Part.YEAR)),
		/** The month and year are missing. */
		MISSING_MONTH_YEAR(EnumSet.of(Part.MONTH, Part.YEAR)),
		/** The year does not have four digits. */
		YEAR_DIGITS(EnumSet.of(Part.YEAR)),
		/** The day is not a number from 1 to 31. */
		DAY_NOT_REAL(EnumSet.of(Part.DAY)),
		/** The month is not a number from 1 to 12 nor a month's name. */
		MONTH_NOT_REAL(EnumSet.of(Part.MONTH)),
		/** Each part is plausible, but together they are no date (31 February). */
		NOT_REAL(EnumSet.allOf(Part.class));

		private final Set<Part> parts;

		Problem(Set<Part> parts) {
			this.parts = parts;
		}

		/**
		 * @return the parts to mark as wrong
		 */
		public Set<Part> parts() {
			return EnumSet.copyOf(this.parts);
		}

		/**
		 * @return the message key's last part, e.g. missingMonth
		 */
		public String code() {
			StringBuilder code = new StringBuilder();
			for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
				code.append(code.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
			}
			return code.toString();
		}

		/**
		 * @param value a parameter's value
		 * @return the problem it marks, or null when it is not a marker
		 */
		static Problem fromMarker(String value) {
			if (value == null || !value.startsWith(MARKER)) {
				return null;
			}
			try {
				return valueOf(value.substring(MARKER.length()));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

	/**
	 * @param day as typed, or null
	 * @param month as typed, or null
	 * @param year as typed, or null
	 */
	public DateParts {
		day = (day == null) ? "" : day.strip();
		month = (month == null) ? "" : month.strip();
		year = (year == null) ? "" : year.strip();
	}

	/**
	 * @param date a date, or null
	 * @return its parts as the boxes show them (no leading zeros), or three empty parts
	 */
	public static DateParts of(LocalDate date) {
		if (date == null) {
			return new DateParts("", "", "");
		}
		return new DateParts(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
				String.valueOf(date.getYear()));
	}

	/**
	 * @return true when nothing was typed in any part
	 */
	public boolean blank() {
		return this.day.isEmpty() && this.month.isEmpty() && this.year.isEmpty();
	}

	/**
	 * @return what is wrong, or null when the parts are a date or are all blank
	 */
	public Problem problem() {
		if (blank()) {
			return null;
		}
		Problem missing = missing();
		if (missing != null) {
			return missing;
		}
		Integer d = number(this.day);
		if (d == null || d < 1 || d > 31) {
			return Problem.DAY_NOT_REAL;
		}
		Integer m = month(this.month);
		if (m == null) {
			return Problem.MONTH_NOT_REAL;
		}
		if (!this.year.matches("\\d{4}")) {
			return Problem.YEAR_DIGITS;
		}
		return (toDate() == null) ? Problem.NOT_REAL : null;
	}

	/**
	 * @return the date, or null when the parts are no date
	 */
	public LocalDate toDate() {
		Integer d = number(this.day);
		Integer m = month(this.month);
		if (d == null || m == null || !this.year.matches("\\d{4}")) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(this.year), m, d);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * @return what the date's own parameter should hold: the ISO date, empty when all parts are blank, or a marker
	 *     of the problem that no date converter accepts
	 */
	String parameterValue() {
		if (blank()) {
			return "";
		}
		Problem problem = problem();
		return (problem != null) ? MARKER + problem.name() : toDate().toString();
	}

	/**
	 * For a date read outside a bound form (a filter, a one-field form): the message saying which part is wrong.
	 * @param value the date's parameter as received
	 * @return the message key dateParts.date.PROBLEM (no arguments), or null when it is no marker of a problem
	 */
	public static String messageKey(String value) {
		Problem problem = Problem.fromMarker(value);
		return (problem != null) ? "dateParts.date." + problem.code() : null;
	}

	private Problem missing() {
		boolean d = this.day.isEmpty();
		boolean m = this.month.isEmpty();
		boolean y = this.year.isEmpty();
		if (d && m) {
			return Problem.MISSING_DAY_MONTH;
		}
		if (d && y) {
			return Problem.MISSING_DAY_YEAR;
		}
		if (m && y) {
			return Problem.MISSING_MONTH_YEAR;
		}
		if (d) {
			return Problem.MISSING_DAY;
		}
		if (m) {
			return Problem.MISSING_MONTH;
		}
		return y ? Problem.MISSING_YEAR : null;
	}

	private static Integer number(String text) {
		if (!text.matches("\\d{1,2}")) {
			return null;
		}
		return Integer.parseInt(text);
	}

	private static Integer month(String text) {
		Integer number = number(text);
		if (number != null) {
			return (number >= 1 && number <= 12) ? number : null;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.length() < 3) {
			return null;
		}
		for (int i = 0; i < MONTHS.length; i++) {
			if (lower.startsWith(MONTHS[i]) && fullMonth(i).startsWith(lower)) {
				return i + 1;
			}
		}
		return null;
	}

	private static String fullMonth(int index) {
		return java.time.Month.of(index + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
			.toLowerCase(Locale.ROOT);
	}

}
