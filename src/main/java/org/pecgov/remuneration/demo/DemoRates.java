package org.pecgov.remuneration.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.pecgov.demo.DemoPct;
import org.pecgov.demo.DemoSeed;
import org.pecgov.remuneration.RateDetails;
import org.pecgov.remuneration.RemunerationService;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo PCT's rates of pay, as the administrator sets them: the chair at 95% of the chief executive's
 * salary pro rata, members at 80% (Fit to lead §7.1).
 */
@Component
@Order(5)
class DemoRates implements DemoSeed {

	private final RemunerationService remuneration;

	DemoRates(RemunerationService remuneration) {
		this.remuneration = remuneration;
	}

	@Override
	public void seed(DemoPct pct) {
		pct.asAdministrator(() -> this.remuneration.addRate(new RateDetails(LocalDate.of(2025, 4, 1),
				new BigDecimal("125000"), new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("350"))));
	}

}
