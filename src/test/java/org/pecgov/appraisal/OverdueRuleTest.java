package org.pecgov.appraisal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OverdueRuleTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void overdueWithoutASignedAppraisal() {
		assertThat(AppraisalService.overdue(null, TODAY, 12)).isTrue();
	}

	@Test
	void dueTwelveMonthsAfterThePeriodOfTheLastSignedOneEnded() {
		assertThat(AppraisalService.overdue(LocalDate.of(2025, 11, 23), TODAY, 12)).isFalse();
		assertThat(AppraisalService.overdue(LocalDate.of(2025, 11, 22), TODAY, 12)).isTrue();
		assertThat(AppraisalService.overdue(LocalDate.of(2026, 3, 31), TODAY, 12)).isFalse();
	}

	@Test
	void theIntervalIsThePcts() {
		assertThat(AppraisalService.overdue(LocalDate.of(2026, 5, 23), TODAY, 6)).isFalse();
		assertThat(AppraisalService.overdue(LocalDate.of(2026, 5, 22), TODAY, 6)).isTrue();
		assertThat(AppraisalService.overdue(LocalDate.of(2026, 5, 22), TODAY, 12)).isFalse();
	}

}
