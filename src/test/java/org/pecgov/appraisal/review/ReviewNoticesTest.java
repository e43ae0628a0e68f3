package org.pecgov.appraisal.review;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pecgov.home.HomeNotice.Urgency;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewNoticesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void someoneNeverReviewedIsDueNow() {
		assertThat(ReviewNotices.dueness(null, TODAY, 3)).isEqualTo(Urgency.DUE_SOON);
	}

	@Test
	void aQuarterlyReviewIsDueWithinTwoWeeksOfThreeMonthsAfterTheLast() {
		assertThat(ReviewNotices.dueness(TODAY.minusMonths(3).plusDays(14), TODAY, 3)).isEqualTo(Urgency.DUE_SOON);
		assertThat(ReviewNotices.dueness(TODAY.minusMonths(3).plusDays(15), TODAY, 3)).isNull();
	}

	@Test
	void moreThanAMonthLateIsOverdue() {
		assertThat(ReviewNotices.dueness(TODAY.minusMonths(4), TODAY, 3)).isEqualTo(Urgency.DUE_SOON);
		assertThat(ReviewNotices.dueness(TODAY.minusMonths(4).minusDays(1), TODAY, 3)).isEqualTo(Urgency.OVERDUE);
	}

	@Test
	void aPctThatReviewsMonthlyAsksSooner() {
		assertThat(ReviewNotices.dueness(TODAY.minusMonths(1), TODAY, 1)).isEqualTo(Urgency.DUE_SOON);
		assertThat(ReviewNotices.dueness(TODAY.minusMonths(1), TODAY, 3)).isNull();
	}

}
