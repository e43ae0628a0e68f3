package org.pecgov.committee;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The rates of pay of a PCT's PEC as they stand today, for the rule on the chair's rate: answered by the
 * remuneration feature, so that the rules need not know it.
 */
public interface PayRates {

	/**
	 * Today's rates of a PCT.
	 * @param organisationId the PCT
	 * @return the rates, or empty when none are set
	 */
	Optional<Rates> today(Long organisationId);

	/**
	 * Rates as per cent of the chief executive's salary.
	 * @param chairPercent the chair's
	 * @param memberPercent the members'
	 */
	record Rates(BigDecimal chairPercent, BigDecimal memberPercent) {
	}

}
