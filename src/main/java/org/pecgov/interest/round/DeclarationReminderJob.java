package org.pecgov.interest.round;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each morning, writes the day's reminders about declaring interests to the outbox, PCT by PCT. One
 * instance at a time runs it (ShedLock); a reminder written before is not written again.
 */
@Component
class DeclarationReminderJob {

	private static final Logger log = LoggerFactory.getLogger(DeclarationReminderJob.class);

	private final OrganisationService organisations;

	private final DeclarationReminders reminders;

	DeclarationReminderJob(OrganisationService organisations, DeclarationReminders reminders) {
		this.organisations = organisations;
		this.reminders = reminders;
	}

	@Scheduled(cron = "${pecgov.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "declaration-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
	public void remind() {
		for (Organisation pct : this.organisations.pcts()) {
			try {
				int written = this.reminders.plan(pct.getId());
				if (written > 0) {
					log.info("Wrote {} reminder(s) for {}", written, pct.getCode());
				}
			}
			catch (RuntimeException ex) {
				// One PCT's trouble must not keep the others' reminders back.
				log.error("Could not write the reminders of {}", pct.getCode(), ex);
			}
		}
	}

}
