package org.pecgov.interest.gift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pecgov.interest.gift.GiftRules.Earlier;
import org.pecgov.interest.gift.GiftRules.Flag;
import org.pecgov.interest.gift.GiftRules.Thresholds;

import static org.assertj.core.api.Assertions.assertThat;

class GiftRulesTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

	@Test
	void cashAndVouchersAreAlwaysDeclined() {
		assertThat(flags(GiftKind.CASH_OR_VOUCHER, false, "10", true, null, null)).containsExactly(Flag.CASH_ACCEPTED);
		assertThat(flags(GiftKind.CASH_OR_VOUCHER, false, "10", false, null, null)).isEmpty();
	}

	@Test
	void giftsFromSuppliersAreDeclined() {
		assertThat(flags(GiftKind.GIFT, true, "5", true, null, null)).containsExactly(Flag.SUPPLIER_GIFT_ACCEPTED);
		assertThat(flags(GiftKind.GIFT, false, "5", true, null, null)).isEmpty();
	}

	@ParameterizedTest(name = "hospitality of £{0}, approver {1}, reason {2}: flagged = {3}")
	@CsvSource({ "75,,,false", "75.01,,,true", "100,Director of finance,,true", "100,,Conference dinner,true",
			"100,Director of finance,Conference dinner,false" })
	void hospitalityOver75NeedsASeniorApproverAndAReason(String value, String approver, String reason, boolean flagged) {
		assertThat(flags(GiftKind.HOSPITALITY, false, value, true, approver, reason)
			.contains(Flag.HOSPITALITY_NOT_APPROVED)).isEqualTo(flagged);
	}

	@ParameterizedTest(name = "{0} of £{1}: declared = {2}")
	@CsvSource({ "GIFT,50,false", "GIFT,50.01,true", "HOSPITALITY,25,false", "HOSPITALITY,25.01,true",
			"CASH_OR_VOUCHER,1,true" })
	void declaresOverTheThresholds(GiftKind kind, String value, boolean declared) {
		assertThat(GiftRules.declarable(kind, new BigDecimal(value), DAY, List.of(), Thresholds.NHS)).isEqualTo(declared);
	}

	@Test
	void countsGiftsFromTheSameSourceOver12MonthsTogether() {
		List<Earlier> earlier = List.of(new Earlier(GiftKind.GIFT, new BigDecimal("30"), DAY.minusMonths(6)),
				new Earlier(GiftKind.GIFT, new BigDecimal("40"), DAY.minusMonths(13)),
				new Earlier(GiftKind.HOSPITALITY, new BigDecimal("40"), DAY.minusMonths(1)));

		assertThat(GiftRules.declarable(GiftKind.GIFT, new BigDecimal("20"), DAY, earlier, Thresholds.NHS)).isFalse();
		assertThat(GiftRules.declarable(GiftKind.GIFT, new BigDecimal("20.01"), DAY, earlier, Thresholds.NHS)).isTrue();
	}

	private static List<Flag> flags(GiftKind kind, boolean supplier, String value, boolean accepted, String approver,
			String reason) {
		return GiftRules.flags(kind, supplier, new BigDecimal(value), accepted, approver, reason, Thresholds.NHS);
	}

}
