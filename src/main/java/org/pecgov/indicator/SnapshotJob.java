package org.pecgov.indicator;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each night, keeps this month's indicators of every PCT that has none for the month yet: so each month is kept
 * once, on the first night of the month (or the first night a new PCT exists), by one instance at a time
 * (ShedLock), and a second write of a month is ignored by the database.
 */
@Component
class SnapshotJob {

	private static final Logger log = LoggerFactory.getLogger(SnapshotJob.class);

	private final OrganisationService organisations;

	private final IndicatorService indicators;

	SnapshotJob(OrganisationService organisations, IndicatorService indicators) {
		this.organisations = organisations;
		this.indicators = indicators;
	}

	@Scheduled(cron = "${pecgov.indicators.cron:0 15 3 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "indicator-snapshots", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
	public void keep() {
		int kept = 0;
		for (Organisation pct : this.organisations.pcts()) {
			try {
				kept += this.indicators.keep(pct.getId()) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Could not keep the indicators of {}: {}", pct.getCode(), ex.toString());
			}
		}
		if (kept > 0) {
			log.info("Kept this month's indicators of {} PCT(s)", kept);
		}
	}

}
