package org.pecgov.interest.gift;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The NHS guidance on gifts and hospitality, with the PCT's thresholds. Pure.
 */
public final class GiftRules {

	/** What an entry breaks or needs. Labels are in messages.properties as {@code GiftFlag.NAME}. */
	public enum Flag {

		/** Cash and vouchers are always declined. */
		CASH_ACCEPTED,
		/** Gifts from suppliers or contractors are declined. */
		SUPPLIER_GIFT_ACCEPTED,
		/** Hospitality over the higher threshold needs a senior approver and a reason. */
		HOSPITALITY_NOT_APPROVED

	}

	private GiftRules() {
	}

	/**
	 * The rules an entry breaks.
	 * @param kind what was offered
	 * @param supplier whether it came from a supplier or contractor
	 * @param value its value in pounds
	 * @param accepted whether it was accepted
	 * @param approver who approved it, or null
	 * @param reason why it was accepted, or null
	 * @param thresholds the PCT's thresholds
	 * @return the flags, empty when it keeps the rules
	 */
	public static List<Flag> flags(GiftKind kind, boolean supplier, BigDecimal value, boolean accepted, String approver,
			String reason, Thresholds thresholds) {
		List<Flag> flags = new ArrayList<>();
		if (!accepted) {
			return flags;
		}
		if (kind == GiftKind.CASH_OR_VOUCHER) {
			flags.add(Flag.CASH_ACCEPTED);
		}
		if (kind == GiftKind.GIFT && supplier) {
			flags.add(Flag.SUPPLIER_GIFT_ACCEPTED);
		}
		if (kind == GiftKind.HOSPITALITY && value.compareTo(thresholds.hospitalityApprovalOver()) > 0
				&& (blank(approver) || blank(reason))) {
			flags.add(Flag.HOSPITALITY_NOT_APPROVED);
		}
		return flags;
	}

	/**
	 * Whether an entry belongs on the published register: gifts whose value, with those from the same
	 * source to the same person in the 12 months before, is over the gift threshold; hospitality over
	 * the hospitality threshold; cash and vouchers always.
	 * @param kind what was offered
	 * @param value its value
	 * @param offeredOn when
	 * @param earlierFromSameSource earlier gifts from the same source to the same person
	 * @param thresholds the PCT's thresholds
	 * @return true when it must be declared
	 */
	public static boolean declarable(GiftKind kind, BigDecimal value, LocalDate offeredOn,
			Collection<Earlier> earlierFromSameSource, Thresholds thresholds) {
		return switch (kind) {
			case CASH_OR_VOUCHER -> true;
			case HOSPITALITY -> value.compareTo(thresholds.hospitalityDeclareOver()) > 0;
			case GIFT -> {
				BigDecimal total = value;
				for (Earlier earlier : earlierFromSameSource) {
					if (earlier.kind() == GiftKind.GIFT && !earlier.offeredOn().isAfter(offeredOn)
							&& earlier.offeredOn().isAfter(offeredOn.minusMonths(12))) {
						total = total.add(earlier.value());
					}
				}
				yield total.compareTo(thresholds.giftDeclareOver()) > 0;
			}
		};
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * The PCT's thresholds, in pounds.
	 * @param giftDeclareOver gifts over this (counted together from one source over 12 months) are declared
	 * @param hospitalityDeclareOver hospitality over this is declared
	 * @param hospitalityApprovalOver hospitality over this needs a senior approver and a reason
	 */
	public record Thresholds(BigDecimal giftDeclareOver, BigDecimal hospitalityDeclareOver,
			BigDecimal hospitalityApprovalOver) {

		public static final Thresholds NHS = new Thresholds(BigDecimal.valueOf(50), BigDecimal.valueOf(25),
				BigDecimal.valueOf(75));

	}

	/**
	 * An earlier entry from the same source.
	 * @param kind what it was
	 * @param value its value
	 * @param offeredOn when
	 */
	public record Earlier(GiftKind kind, BigDecimal value, LocalDate offeredOn) {
	}

}
