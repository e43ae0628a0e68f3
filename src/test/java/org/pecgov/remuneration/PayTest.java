package org.pecgov.remuneration;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pecgov.committee.PostKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of pay.
 */
class PayTest {

	private static final RemunerationRate RATE = new RemunerationRate(1L, new RateDetails(LocalDate.of(2026, 4, 1),
			new BigDecimal("120000"), new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("9000")), "admin");

	@Test
	void theChairIsPaidTheChairsRateAndEveryOtherMemberTheMembersRateUnlessTheirOwn() {
		assertThat(Pay.percent(PostKind.CHAIR, RATE, new BigDecimal("70"))).isEqualByComparingTo("95");
		assertThat(Pay.percent(PostKind.CLINICAL_MEMBER, RATE, null)).isEqualByComparingTo("80");
		assertThat(Pay.percent(PostKind.CLINICAL_MEMBER, RATE, new BigDecimal("70"))).isEqualByComparingTo("70");
	}

	@Test
	void payIsProRataToTheDaysAWeekWithBackfillForClinicalPosts() {
		assertThat(Pay.annualCost(new BigDecimal("120000"), new BigDecimal("95"), new BigDecimal("3"),
				new BigDecimal("9000"), true)).isEqualByComparingTo("95400.00");
		assertThat(Pay.annualCost(new BigDecimal("120000"), new BigDecimal("80"), new BigDecimal("0.5"),
				new BigDecimal("9000"), false)).isEqualByComparingTo("9600.00");
		assertThat(Pay.annualCost(new BigDecimal("120000"), new BigDecimal("80"), null, new BigDecimal("9000"), true))
			.isEqualByComparingTo("0.00");
	}

	@Test
	void onlyClinicalAndCoOptedPostsArePaidAsPecPosts() {
		assertThat(Pay.paid(PostKind.CHAIR)).isTrue();
		assertThat(Pay.paid(PostKind.CO_OPTED_MEMBER)).isTrue();
		assertThat(Pay.paid(PostKind.CHIEF_EXECUTIVE)).isFalse();
		assertThat(Pay.paid(PostKind.LOCAL_AUTHORITY_MEMBER)).isFalse();
	}

}
