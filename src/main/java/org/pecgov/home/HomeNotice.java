package org.pecgov.home;

import java.util.List;

/**
 * Something on the signed-in home page that the user should do: what, how many, who where few, and a link
 * straight to the page where it is done.
 * @param urgency how pressing it is, which orders the list
 * @param key the message that says it
 * @param args its arguments
 * @param names the people or records it concerns, shown when there are at most {@link #FEW}
 * @param href where to do it, or null
 * @param action the message of the link
 * @param progress how far a piece of work has gone (returns made in a round, say), or null
 */
public record HomeNotice(Urgency urgency, String key, Object[] args, List<String> names, String href, String action,
		Progress progress) {

	/** At most this many names are listed; more are only counted. */
	public static final int FEW = 8;

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("d MMMM yyyy", java.util.Locale.UK);

	public HomeNotice {
		names = (names != null) ? List.copyOf(names) : List.of();
		args = (args != null) ? args : new Object[0];
	}

	/**
	 * A reminder with no names.
	 * @param key the message
	 * @param args its arguments
	 * @param href where to do it
	 * @param action the message of the link
	 * @param urgent whether it is overdue or due soon
	 */
	public HomeNotice(String key, Object[] args, String href, String action, boolean urgent) {
		this(urgent ? Urgency.OVERDUE : Urgency.TO_DO, key, args, List.of(), href, action, null);
	}

	/**
	 * A piece of work with the people or records it concerns.
	 * @param urgency how pressing it is
	 * @param key the message
	 * @param args its arguments
	 * @param names who or what it concerns
	 * @param href where to do it
	 * @param action the message of the link
	 * @return the notice
	 */
	public static HomeNotice of(Urgency urgency, String key, Object[] args, List<String> names, String href,
			String action) {
		return new HomeNotice(urgency, key, args, names, href, action, null);
	}

	/**
	 * The same notice with a progress bar.
	 * @param done how many are done
	 * @param of how many there are
	 * @return the notice
	 */
	public HomeNotice withProgress(long done, long of) {
		return new HomeNotice(this.urgency, this.key, this.args, this.names, this.href, this.action,
				new Progress(done, of));
	}

	/**
	 * A day as the home page writes it in a name or an argument: 31 March 2027.
	 * @param day the day
	 * @return the text
	 */
	public static String day(java.time.LocalDate day) {
		return (day != null) ? DAY.format(day) : "";
	}

	/**
	 * Whether it is overdue or due soon, for the red tag.
	 * @return true when it is
	 */
	public boolean urgent() {
		return this.urgency == Urgency.OVERDUE;
	}

	/**
	 * The names to list: all of them when there are few, none when there are many (the count says it).
	 * @return the names
	 */
	public List<String> shownNames() {
		return (this.names.size() <= FEW) ? this.names : List.of();
	}

	/**
	 * How pressing a piece of work is: the home page lists the overdue first, then what is due soon.
	 * Labels are in messages.properties as {@code home.urgency.NAME}.
	 */
	public enum Urgency {

		/** Late, or a rule broken now. */
		OVERDUE,
		/** Due within days or weeks. */
		DUE_SOON,
		/** To do, with no date pressing. */
		TO_DO

	}

	/**
	 * How far a piece of work has gone.
	 * @param done how many are done
	 * @param of how many there are
	 */
	public record Progress(long done, long of) {

		/**
		 * The share done, in whole percent.
		 * @return 0 to 100
		 */
		public int percent() {
			return (this.of == 0) ? 100 : (int) Math.floor(100.0 * this.done / this.of);
		}

	}

	/**
	 * What a feature has to remind the signed-in user of, for the home page.
	 */
	public interface Source {

		/**
		 * The reminders for the signed-in user.
		 * @return the reminders, most pressing first
		 */
		List<HomeNotice> forCurrentUser();

	}

}
