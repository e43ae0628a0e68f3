package org.pecgov.appointment.composition;

import java.util.List;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.vacancy.Vacancy;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CompositionRules.Result;
import org.pecgov.committee.Post;
import org.pecgov.organisation.PctSettings;

/**
 * What the composition page shows.
 * @param committee the committee
 * @param settings the PCT's thresholds
 * @param rows its posts with their holders today and open vacancies
 * @param results the composition rules (PEC only; empty for other committees)
 */
public record CompositionView(Committee committee, PctSettings settings, List<Row> rows, List<Result> results) {

	public long vacant() {
		return this.rows.stream().filter((r) -> r.holders().isEmpty()).count();
	}

	public long rulesNotMet() {
		// advice is said in the table, not counted as a rule broken
		return this.results.stream().filter((r) -> !r.met() && !r.rule().isAdvisory()).count();
	}

	/**
	 * A post and who holds it today.
	 * @param post the post
	 * @param holders its holders today
	 * @param openVacancy an open vacancy for it, or null
	 * @param upcoming appointments to it that start later
	 */
	public record Row(Post post, List<Holder> holders, Vacancy openVacancy, List<Holder> upcoming) {
	}

	/**
	 * Someone holding a post today.
	 * @param appointment the appointment
	 * @param name their name
	 * @param profession their profession's label key
	 */
	public record Holder(Appointment appointment, String name, String profession) {
	}

}
