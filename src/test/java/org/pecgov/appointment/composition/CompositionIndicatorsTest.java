package org.pecgov.appointment.composition;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

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
	void aPersonWithTwoClinicalTermsEndingCountsOnce() {
		assertThat(CompositionIndicators.cliffEdge(view(3, clinical(1L, 2), clinical(1L, 3), clinical(2L, 4)), TODAY, 6))
			.isTrue();
		assertThat(CompositionIndicators.cliffEdge(view(4, clinical(1L, 2), clinical(1L, 3), clinical(2L, 4)), TODAY, 6))
			.isFalse();
	}

	@Test
	void nonClinicalTermsAndAPecWithoutClinicalMembersAreNoCliffEdge() {
		TermsView.Line manager = new TermsView.Line(9L, 9L, "Manager", "Director of finance", "PEC", false,
				TODAY.plusMonths(1));
		assertThat(CompositionIndicators.cliffEdge(view(1, manager, manager), TODAY, 6)).isFalse();
		assertThat(CompositionIndicators.cliffEdge(view(0), TODAY, 6)).isFalse();
	}

	private static TermsView.Line clinical(Long person, int monthsToGo) {
		return new TermsView.Line(person * 10 + monthsToGo, person, "Member " + person, "Clinical member", "PEC", true,
				TODAY.plusMonths(monthsToGo));
	}

	private static TermsView view(int clinicalCount, TermsView.Line... ending) {
		return new TermsView(List.of(ending), List.of(), List.of(), List.of(), clinicalCount, 6);
	}

}
