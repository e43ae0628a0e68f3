package org.pecgov.appointment;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.pecgov.organisation.PctSettings;

/**
 * The dates of an appointment: from its start to its end, both included; no end means open-ended.
 * @param start the first day
 * @param end the last day, or null
 */
public record Term(LocalDate start, LocalDate end) {

	/**
	 * Whether two terms share at least one day.
	 * @param other the other term
	 * @return true when they overlap
	 */
	public boolean overlaps(Term other) {
		boolean startsBeforeOtherEnds = other.end == null || !this.start.isAfter(other.end);
		boolean endsAfterOtherStarts = this.end == null || !this.end.isBefore(other.start);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

	/**
	 * What is wrong with these dates under a PCT's rules, if anything.
	 * @param settings the PCT's rules on terms
	 * @param coOpted whether the post is a co-opted one (which must end)
	 * @return the message key of the broken rule
	 */
	public Optional<String> problem(PctSettings settings, boolean coOpted) {
		if (this.end == null) {
			if (coOpted) {
				return Optional.of("term.end.coOpted");
			}
			return settings.isOpenEndedTerms() ? Optional.empty() : Optional.of("term.end.required");
		}
		if (!this.end.isAfter(this.start)) {
			return Optional.of("term.end.beforeStart");
		}
		if (this.end.isAfter(this.start.plusMonths(settings.getMaxTermMonths()).minusDays(1))) {
			return Optional.of("term.end.tooLong");
		}
		if (!coOpted && this.end.isBefore(this.start.plusMonths(settings.getMinTermMonths()).minusDays(1))) {
			return Optional.of("term.end.tooShort");
		}
		return Optional.empty();
	}

	public Period length() {
		return (this.end != null) ? Period.between(this.start, this.end.plusDays(1)) : null;
	}

	/**
	 * Whether the term ends within a window.
	 * @param from first day of the window
	 * @param to last day of the window
	 * @return true when its last day falls in it
	 */
	public boolean endsWithin(LocalDate from, LocalDate to) {
		return this.end != null && !this.end.isBefore(from) && !this.end.isAfter(to);
	}

}
