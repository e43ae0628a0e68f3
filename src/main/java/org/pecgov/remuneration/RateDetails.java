package org.pecgov.remuneration;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Rates of pay from a date.
 * @param effectiveFrom the first day they apply
 * @param ceoSalary the chief executive's annual salary, in pounds
 * @param chairPercent the PEC chair's rate, as a percentage of it (default 90 to 100)
 * @param memberPercent the members' rate, as a percentage of it (default 80)
 * @param backfillPerDay backfill paid to a clinician's practice per day a week of the post, in pounds a year
 */
public record RateDetails(LocalDate effectiveFrom, BigDecimal ceoSalary, BigDecimal chairPercent,
		BigDecimal memberPercent, BigDecimal backfillPerDay) {

}
