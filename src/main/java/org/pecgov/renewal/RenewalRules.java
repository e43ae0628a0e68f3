package org.pecgov.renewal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.pecgov.appointment.RenewalCondition;
import org.pecgov.appointment.RenewalCondition.Kind;
import org.pecgov.appointment.RenewalCondition.Status;
import org.pecgov.appraisal.AppraisalOutcome;

/**
 * The rules of the reappointment gate, on facts gathered elsewhere.
 */
final class RenewalRules {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private RenewalRules() {
	}

	/**
	 * What the gate rests on.
	 * @param lastOutcome the outcome of the last signed appraisal, or null when there is none
	 * @param lastAppraisalTo the last day of its period, or null
	 * @param appraisalOverdue whether it ended more than 12 months ago
	 * @param attended meetings of the post's committee in the term the member was present at
	 * @param meetings meetings of the committee held in the term at which their attendance was recorded
	 * @param threshold the attendance the PCT expects, in per cent
	 * @param roundYear the year of the round their last return or declaration counts for: the current
	 * round, or while it is open and they have made none in it yet, the one before
	 * @param declared whether they made a return or a declaration in that round
	 * @param clinical whether the post is a clinical one
	 * @param practising whether they practise
	 */
	record Facts(AppraisalOutcome lastOutcome, LocalDate lastAppraisalTo, boolean appraisalOverdue, int attended,
			int meetings, int threshold, int roundYear, boolean declared, boolean clinical, boolean practising) {
	}

	/**
	 * The four conditions: a satisfactory last appraisal, not overdue; attendance at or above the threshold once
	 * meetings were held; a return or declaration in the current round; still practising, for a clinical
	 * post.
	 * @param facts what they rest on
	 * @return each condition, in order
	 */
	static List<RenewalCondition> conditions(Facts facts) {
		return List.of(appraisal(facts), attendance(facts), declaration(facts), practising(facts));
	}

	private static RenewalCondition appraisal(Facts facts) {
		if (facts.lastOutcome() == null) {
			return new RenewalCondition(Kind.APPRAISAL, Status.NOT_MET, "renewal.appraisal.none", List.of());
		}
		List<Object> to = List.of(DAY.format(facts.lastAppraisalTo()));
		if (facts.appraisalOverdue()) {
			return new RenewalCondition(Kind.APPRAISAL, Status.NOT_MET, "renewal.appraisal.overdue", to);
		}
		Status status = (facts.lastOutcome() == AppraisalOutcome.SATISFACTORY) ? Status.MET : Status.NOT_MET;
		return new RenewalCondition(Kind.APPRAISAL, status, "renewal.appraisal." + facts.lastOutcome().name(), to);
	}

	private static RenewalCondition attendance(Facts facts) {
		if (facts.meetings() == 0) {
			return new RenewalCondition(Kind.ATTENDANCE, Status.NOT_APPLICABLE, "renewal.attendance.none",
					List.of(facts.threshold()));
		}
		int percent = percent(facts.attended(), facts.meetings());
		// compared without rounding: 2 of 3 (66.7%) is below 67%
		Status status = (100L * facts.attended() >= (long) facts.threshold() * facts.meetings()) ? Status.MET
				: Status.NOT_MET;
		return new RenewalCondition(Kind.ATTENDANCE, status, "renewal.attendance.rate",
				List.of(facts.attended(), facts.meetings(), percent, facts.threshold()));
	}

	static int percent(int attended, int meetings) {
		return (meetings == 0) ? 0 : (int) Math.floor(100.0 * attended / meetings);
	}

	private static RenewalCondition declaration(Facts facts) {
		String round = Integer.toString(facts.roundYear());
		return facts.declared()
				? new RenewalCondition(Kind.DECLARATION, Status.MET, "renewal.declaration.current", List.of(round))
				: new RenewalCondition(Kind.DECLARATION, Status.NOT_MET, "renewal.declaration.missing", List.of(round));
	}

	private static RenewalCondition practising(Facts facts) {
		if (!facts.clinical()) {
			return new RenewalCondition(Kind.PRACTISING, Status.NOT_APPLICABLE, "renewal.practising.notClinical",
					List.of());
		}
		return facts.practising()
				? new RenewalCondition(Kind.PRACTISING, Status.MET, "renewal.practising.yes", List.of())
				: new RenewalCondition(Kind.PRACTISING, Status.NOT_MET, "renewal.practising.no", List.of());
	}

}
