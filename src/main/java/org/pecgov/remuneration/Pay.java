package org.pecgov.remuneration;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.pecgov.committee.PostKind;

/**
 * The rules of pay: pure. The PEC chair is paid the chair's share of the chief executive's salary, every other
 * clinical or co-opted member the members' share (or a recorded exception), pro rata to the days a week the post
 * asks for out of five, with backfill for clinicians' practices. Managers, officers and non-executives are paid
 * by their employers, not as PEC members.
 */
public final class Pay {

	private static final BigDecimal FULL_WEEK = new BigDecimal("5");

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private Pay() {
	}

	/**
	 * Whether a post is paid as a PEC post.
	 * @param kind the post's kind
	 * @return true for the chair, deputy, clinical and co-opted members
	 */
	public static boolean paid(PostKind kind) {
		return kind.isClinical() || kind.isCoOpted();
	}

	/**
	 * The share of the chief executive's salary a post is paid.
	 * @param kind the post's kind
	 * @param rate the rates in force
	 * @param exception the member's own rate, or null
	 * @return the percentage
	 */
	public static BigDecimal percent(PostKind kind, RemunerationRate rate, BigDecimal exception) {
		if (kind == PostKind.CHAIR) {
			return rate.getChairPercent();
		}
		return (exception != null) ? exception : rate.getMemberPercent();
	}

	/**
	 * A post's annual cost.
	 * @param ceoSalary the chief executive's salary
	 * @param percent the share of it
	 * @param daysPerWeek the days a week the post asks for
	 * @param backfillPerDay backfill a year per day a week
	 * @param clinical whether the post is clinical (backfill is paid)
	 * @return pounds a year, to the penny
	 */
	public static BigDecimal annualCost(BigDecimal ceoSalary, BigDecimal percent, BigDecimal daysPerWeek,
			BigDecimal backfillPerDay, boolean clinical) {
		BigDecimal days = (daysPerWeek != null) ? daysPerWeek : BigDecimal.ZERO;
		BigDecimal pay = ceoSalary.multiply(percent).divide(HUNDRED, 10, RoundingMode.HALF_UP)
			.multiply(days)
			.divide(FULL_WEEK, 10, RoundingMode.HALF_UP);
		BigDecimal backfill = clinical ? backfillPerDay.multiply(days) : BigDecimal.ZERO;
		return pay.add(backfill).setScale(2, RoundingMode.HALF_UP);
	}

}
