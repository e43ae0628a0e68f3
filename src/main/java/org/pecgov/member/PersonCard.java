package org.pecgov.member;

import java.util.List;
import java.util.Optional;

/**
 * A summary card on a member's record, the hub of everything about them (issue 18 §2): their interests and gifts,
 * attendance, appraisal and training, user account. Each feature answers for its own card, and only to those who
 * may see it; the register need not know them.
 * @param order where it stands on the page (lower first)
 * @param titleKey its heading's message
 * @param rows what it says
 * @param actions where to go from it
 */
public record PersonCard(int order, String titleKey, List<Row> rows, List<Action> actions) {

	public PersonCard {
		rows = List.copyOf(rows);
		actions = List.copyOf(actions);
	}

	/**
	 * The card of someone retired: no links to record anything new for them (a declaration, a gift, a login).
	 * @return the card without those
	 */
	public PersonCard withoutNewRecords() {
		return new PersonCard(this.order, this.titleKey, this.rows,
				this.actions.stream().filter((action) -> !action.href().contains("/new")).toList());
	}

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
		.ofPattern("d MMMM yyyy", java.util.Locale.UK);

	/**
	 * A day in words, for a card's value.
	 * @param day the day
	 * @return for example "3 March 2008"
	 */
	public static String day(java.time.LocalDate day) {
		return DAY.format(day);
	}

	/**
	 * A line of a card.
	 * @param labelKey its key's message
	 * @param valueKey the message of its value
	 * @param args the message's arguments
	 * @param href where the value leads, or null
	 */
	public record Row(String labelKey, String valueKey, Object[] args, String href) {

		public static Row of(String labelKey, String valueKey, Object... args) {
			return new Row(labelKey, valueKey, args, null);
		}

		public Row linked(String target) {
			return new Row(this.labelKey, this.valueKey, this.args, target);
		}

	}

	/**
	 * A link from a card.
	 * @param labelKey its words' message
	 * @param href where it leads
	 */
	public record Action(String labelKey, String href) {
	}

	/** A feature that has something to say on a member's record. */
	public interface Source {

		/**
		 * The card for someone, to the signed-in user, when they may see it.
		 * @param personId the person (of the user's PCT: the record was found there)
		 * @param ownRecord whether the signed-in user is that person
		 * @return the card, or empty
		 */
		Optional<PersonCard> cardFor(Long personId, boolean ownRecord);

	}

}
