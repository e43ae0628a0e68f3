package org.pecgov.appointment.composition;

import java.time.LocalDate;
import java.util.List;

/**
 * What the terms page shows.
 * @param endingSoon terms ending in the next 12 months, soonest first
 * @param quarters endings per quarter for the next four years
 * @param staggerWarnings windows in which more than half of the clinical members' terms end
 * @param stepDown clinical members who no longer practise
 * @param clinicalCount clinical members (people, however many terms each has)
 * @param windowMonths the PCT's staggering window
 * @param clinicalMembers each clinical member once, with the end of their last term (null when open-ended)
 */
public record TermsView(List<Line> endingSoon, List<Quarter> quarters, List<StaggerWarning> staggerWarnings,
		List<Line> stepDown, int clinicalCount, int windowMonths, List<Line> clinicalMembers) {

	/**
	 * Whether more than half of the clinical members leave in a quarter: a cliff edge.
	 * @param quarter the quarter
	 * @param clinicalCount clinical members today
	 * @return true at a cliff edge
	 */
	public static boolean cliffEdge(Quarter quarter, int clinicalCount) {
		return clinicalCount > 0 && quarter.clinicalEndings() * 2 > clinicalCount;
	}

	public boolean cliffEdge(Quarter quarter) {
		return cliffEdge(quarter, this.clinicalCount);
	}

	public int maxInQuarter() {
		return this.quarters.stream().mapToInt(Quarter::endings).max().orElse(0);
	}

	/**
	 * An appointment, with its post and holder.
	 * @param appointmentId the appointment
	 * @param personId the holder
	 * @param name the holder's name
	 * @param postTitle the post
	 * @param committeeName the post's committee
	 * @param clinical whether the post is a clinical one
	 * @param termEnd the last day
	 */
	public record Line(Long appointmentId, Long personId, String name, String postTitle, String committeeName,
			boolean clinical, LocalDate termEnd) {
	}

	/**
	 * Terms ending in a quarter.
	 * @param start the quarter's first day
	 * @param endings how many terms end in it
	 * @param clinicalEndings how many of them are clinical members'
	 */
	public record Quarter(LocalDate start, int endings, int clinicalEndings) {

		public int year() {
			return this.start.getYear();
		}

		public int number() {
			return (this.start.getMonthValue() - 1) / 3 + 1;
		}

	}

	/**
	 * More than half of the clinical members' terms end within the window.
	 * @param from the window's first day
	 * @param to its last day
	 * @param ending clinical terms ending in it
	 * @param clinical clinical members in all
	 */
	public record StaggerWarning(LocalDate from, LocalDate to, int ending, int clinical) {
	}

}
