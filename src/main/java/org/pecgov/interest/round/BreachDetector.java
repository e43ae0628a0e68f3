package org.pecgov.interest.round;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, records a breach for every post holder who missed the latest closed round, and writes
 * them a reminder. One instance at a time runs it (ShedLock), and a breach is recorded once (the
 * database refuses a second).
 */
@Component
class BreachDetector {

	private static final Logger log = LoggerFactory.getLogger(BreachDetector.class);

	private final OrganisationService organisations;

	private final BreachService breaches;

	BreachDetector(OrganisationService organisations, BreachService breaches) {
		this.organisations = organisations;
		this.breaches = breaches;
	}

	@Scheduled(cron = "${pecgov.breaches.cron:0 30 2 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "breach-detector", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
	public void detect() {
		for (Organisation pct : this.organisations.pcts()) {
			try {
				int added = this.breaches.detectMissedRound(pct.getId());
				if (added > 0) {
					log.info("Recorded {} missed-round breach(es) for {}", added, pct.getCode());
				}
			}
			catch (DataIntegrityViolationException ex) {
				log.info("Another instance recorded the breaches of {} first", pct.getCode());
			}
		}
	}

}
