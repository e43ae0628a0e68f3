package org.pecgov.appraisal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pecgov.home.HomeNotice.Urgency;

import static org.assertj.core.api.Assertions.assertThat;

class AppraisalNoticesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void someoneNeverAppraisedIsOverdue() {
		assertThat(AppraisalNotices.dueness(null, TODAY, 12)).isEqualTo(Urgency.OVERDUE);
	}

	@Test
	void anAppraisalIsOverdueTheIntervalAfterTheLastEnded() {
		assertThat(AppraisalNotices.dueness(TODAY.minusMonths(12).minusDays(1), TODAY, 12)).isEqualTo(Urgency.OVERDUE);
		assertThat(AppraisalNotices.dueness(TODAY.minusMonths(12), TODAY, 12)).isEqualTo(Urgency.DUE_SOON);
	}

	@Test
	void itIsDueSoonWithinThirtyDaysOfThatDay() {
		assertThat(AppraisalNotices.dueness(TODAY.minusMonths(12).plusDays(30), TODAY, 12)).isEqualTo(Urgency.DUE_SOON);
		assertThat(AppraisalNotices.dueness(TODAY.minusMonths(12).plusDays(31), TODAY, 12)).isNull();
	}

	@Test
	void thePctsIntervalCounts() {
		assertThat(AppraisalNotices.dueness(TODAY.minusMonths(7), TODAY, 6)).isEqualTo(Urgency.OVERDUE);
		assertThat(AppraisalNotices.dueness(TODAY.minusMonths(7), TODAY, 12)).isNull();
	}

}
