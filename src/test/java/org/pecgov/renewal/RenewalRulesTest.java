package org.pecgov.renewal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pecgov.appointment.RenewalCondition;
import org.pecgov.appointment.RenewalCondition.Kind;
import org.pecgov.appointment.RenewalCondition.Status;
import org.pecgov.appraisal.AppraisalOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class RenewalRulesTest {

	private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);

	@Test
	void allMetForASatisfactoryPractisingMemberWhoAttendsAndDeclared() {
		assertThat(RenewalRules.conditions(facts(AppraisalOutcome.SATISFACTORY, 9, 12, 75, true, true, true)))
			.extracting(RenewalCondition::kind, RenewalCondition::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.APPRAISAL, Status.MET),
					org.assertj.core.groups.Tuple.tuple(Kind.ATTENDANCE, Status.MET),
					org.assertj.core.groups.Tuple.tuple(Kind.DECLARATION, Status.MET),
					org.assertj.core.groups.Tuple.tuple(Kind.PRACTISING, Status.MET));
	}

	@Test
	void onlyASatisfactoryOutcomeMeetsTheAppraisalCondition() {
		assertThat(appraisal(null).status()).isEqualTo(Status.NOT_MET);
		assertThat(appraisal(null).detailKey()).isEqualTo("renewal.appraisal.none");
		assertThat(appraisal(AppraisalOutcome.DEVELOPMENT_NEEDED).status()).isEqualTo(Status.NOT_MET);
		assertThat(appraisal(AppraisalOutcome.UNSATISFACTORY).status()).isEqualTo(Status.NOT_MET);
		assertThat(appraisal(AppraisalOutcome.SATISFACTORY).args()).containsExactly("31 March 2026");
	}

	@Test
	void aSatisfactoryAppraisalMoreThanAYearOldIsNotMet() {
		RenewalCondition appraisal = RenewalRules.conditions(new RenewalRules.Facts(AppraisalOutcome.SATISFACTORY, MARCH,
				true, 1, 1, 75, 2026, true, true, true)).get(0);

		assertThat(appraisal.status()).isEqualTo(Status.NOT_MET);
		assertThat(appraisal.detailKey()).isEqualTo("renewal.appraisal.overdue");
	}

	@Test
	void attendanceIsComparedWithTheThresholdWithoutRounding() {
		assertThat(attendance(3, 4, 75).status()).isEqualTo(Status.MET);
		assertThat(attendance(2, 3, 67).status()).isEqualTo(Status.NOT_MET);
		assertThat(attendance(2, 3, 66).status()).isEqualTo(Status.MET);
		assertThat(attendance(0, 5, 0).status()).isEqualTo(Status.MET);
		assertThat(attendance(2, 3, 67).args()).containsExactly(2, 3, 66, 67);
	}

	@Test
	void attendanceDoesNotApplyBeforeAnyMeetingIsHeld() {
		assertThat(attendance(0, 0, 75).status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void noReturnNorDeclarationInTheRoundIsNotMet() {
		RenewalCondition declaration = RenewalRules
			.conditions(facts(AppraisalOutcome.SATISFACTORY, 1, 1, 75, false, true, true))
			.get(2);

		assertThat(declaration.status()).isEqualTo(Status.NOT_MET);
		assertThat(declaration.args()).containsExactly("2026");
	}

	@Test
	void practisingMattersOnlyForClinicalPosts() {
		assertThat(practising(true, false).status()).isEqualTo(Status.NOT_MET);
		assertThat(practising(false, false).status()).isEqualTo(Status.NOT_APPLICABLE);
		assertThat(practising(false, true).status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void theUnmetAreListedInOrder() {
		assertThat(RenewalCondition.unmet(RenewalRules.conditions(facts(null, 1, 4, 75, false, true, false))))
			.containsExactly(Kind.APPRAISAL, Kind.ATTENDANCE, Kind.DECLARATION, Kind.PRACTISING);
	}

	private static RenewalCondition appraisal(AppraisalOutcome outcome) {
		return RenewalRules.conditions(facts(outcome, 1, 1, 75, true, true, true)).get(0);
	}

	private static RenewalCondition attendance(int attended, int of, int threshold) {
		return RenewalRules.conditions(facts(AppraisalOutcome.SATISFACTORY, attended, of, threshold, true, true, true))
			.get(1);
	}

	private static RenewalCondition practising(boolean clinical, boolean practising) {
		return RenewalRules.conditions(facts(AppraisalOutcome.SATISFACTORY, 1, 1, 75, true, clinical, practising))
			.get(3);
	}

	private static RenewalRules.Facts facts(AppraisalOutcome outcome, int attended, int of, int threshold,
			boolean declared, boolean clinical, boolean practising) {
		return new RenewalRules.Facts(outcome, (outcome != null) ? MARCH : null, false, attended, of, threshold, 2026,
				declared, clinical, practising);
	}

}
