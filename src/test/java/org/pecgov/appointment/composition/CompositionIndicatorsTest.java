package org.pecgov.appointment.composition;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Term;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class CompositionIndicatorsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void moreThanHalfOfTheClinicalMembersLeavingWithinTheWindowIsACliffEdge() {
		TermsView view = view(4, clinical(1L, 2), clinical(2L, 3), clinical(3L, 5));

		assertThat(CompositionIndicators.cliffEdge(view, TODAY, 6)).isTrue();
	}

	@Test
	void halfIsNotACliffEdgeNorAreTermsEndingAfterTheWindow() {
		assertThat(CompositionIndicators.cliffEdge(view(4, clinical(1L, 2), clinical(2L, 3)), TODAY, 6)).isFalse();
		assertThat(CompositionIndicators.cliffEdge(view(4, clinical(1L, 2), clinical(2L, 3), clinical(3L, 7)), TODAY, 6))
			.isFalse();
	}

	@Test
	void aPersonWithTwoClinicalTermsEndingCountsOnceAndLeavesWithTheirLastTerm() {
		assertThat(CompositionIndicators.cliffEdge(view(3, clinical(1L, 2), clinical(1L, 3), clinical(2L, 4)), TODAY, 6))
			.isTrue();
		assertThat(CompositionIndicators.cliffEdge(view(4, clinical(1L, 2), clinical(1L, 3), clinical(2L, 4)), TODAY, 6))
			.isFalse();
		// their second term runs on beyond the window: they do not leave in it
		assertThat(CompositionIndicators.cliffEdge(view(3, clinical(1L, 2), clinical(1L, 30), clinical(2L, 4)), TODAY, 6))
			.isFalse();
	}

	@Test
	void anOpenEndedTermMeansTheMemberNeverLeaves() {
		TermsView.Line openEnded = new TermsView.Line(99L, 1L, "Member 1", "Clinical member", "PEC", true, null);
		assertThat(TermsService.clinicalMembers(List.of(clinical(1L, 2), openEnded))).containsExactly(openEnded);
	}

	@Test
	void nonClinicalTermsAndAPecWithoutClinicalMembersAreNoCliffEdge() {
		TermsView.Line manager = new TermsView.Line(9L, 9L, "Manager", "Director of finance", "PEC", false,
				TODAY.plusMonths(1));
		assertThat(CompositionIndicators.cliffEdge(view(1, manager, manager), TODAY, 6)).isFalse();
		assertThat(CompositionIndicators.cliffEdge(view(0), TODAY, 6)).isFalse();
	}

	@Test
	void aTermTheSamePersonsNextTermInThePostFollowsIsRenewedAndEndsNoMembership() {
		Appointment first = term(1L, 10L, 5L, TODAY.minusYears(3), TODAY.plusMonths(2));
		Appointment renewal = term(2L, 10L, 5L, TODAY.plusMonths(2).plusDays(1), TODAY.plusYears(3));
		Appointment otherPost = term(3L, 11L, 5L, TODAY.plusMonths(2).plusDays(1), TODAY.plusYears(3));
		Appointment someoneElse = term(4L, 12L, 6L, TODAY.minusYears(1), TODAY.plusMonths(1));
		Appointment successor = term(5L, 12L, 7L, TODAY.plusMonths(1).plusDays(1), TODAY.plusYears(4));

		assertThat(TermsService.renewed(List.of(first, renewal, otherPost, someoneElse, successor))).containsExactly(1L);
	}

	@Test
	void theAnnualReportSeesARenewalAsAMembershipContinuedNotALeavingAndAJoining() {
		Appointment first = term(1L, 10L, 5L, TODAY.minusYears(3), TODAY.minusMonths(2));
		Appointment renewal = term(2L, 10L, 5L, TODAY.minusMonths(2).plusDays(1), TODAY.plusYears(3));
		Appointment newcomer = term(3L, 11L, 6L, TODAY.minusMonths(1), TODAY.plusYears(3));
		List<Appointment> history = List.of(first, renewal, newcomer);

		assertThat(MembershipReport.continuedBy(first, history)).isTrue();
		assertThat(MembershipReport.continues(renewal, history)).isTrue();
		assertThat(MembershipReport.continues(newcomer, history)).isFalse();
		assertThat(MembershipReport.continuedBy(renewal, history)).isFalse();
	}

	private static Appointment term(Long id, Long post, Long person, LocalDate start, LocalDate end) {
		Appointment appointment = new Appointment(1L, post, person, null, null, new Term(start, end), false, null);
		ReflectionTestUtils.setField(appointment, "id", id);
		return appointment;
	}

	private static TermsView.Line clinical(Long person, int monthsToGo) {
		return new TermsView.Line(person * 10 + monthsToGo, person, "Member " + person, "Clinical member", "PEC", true,
				TODAY.plusMonths(monthsToGo));
	}

	private static TermsView view(int clinicalCount, TermsView.Line... ending) {
		return new TermsView(List.of(ending), List.of(), List.of(), List.of(), clinicalCount, 6,
				TermsService.clinicalMembers(List.of(ending)));
	}

}
