package org.pecgov.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.SystemReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, emails each post holder and their appraiser when the annual appraisal is due within 30 days or
 * overdue (as the home page counts it), PCT by PCT. One instance at a time runs it (ShedLock).
 */
@Component
public class AppraisalReminders {

	private static final Logger log = LoggerFactory.getLogger(AppraisalReminders.class);

	private final OrganisationService organisations;

	private final Appraisers appraisers;

	private final AppraisalRepository appraisals;

	private final SettingsService settings;

	private final DueMail mail;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	AppraisalReminders(OrganisationService organisations, Appraisers appraisers, AppraisalRepository appraisals,
			SettingsService settings, DueMail mail, Clock clock,
			org.springframework.transaction.support.TransactionTemplate transactions) {
		this.transactions = transactions;
		this.organisations = organisations;
		this.appraisers = appraisers;
		this.appraisals = appraisals;
		this.settings = settings;
		this.mail = mail;
		this.clock = clock;
	}

	@Scheduled(cron = "${pecgov.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "appraisal-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
	public void remindDaily() {
		for (Organisation pct : this.organisations.pcts()) {
			try {
				// through the transaction template: a call to this class's own @Transactional method would not open one
				this.transactions.executeWithoutResult((status) -> remind(pct.getId()));
			}
			catch (RuntimeException ex) {
				log.error("Could not write the appraisal reminders of {}", pct.getCode(), ex);
			}
		}
	}

	/**
	 * Writes a PCT's reminders of the day.
	 * @param organisationId the PCT
	 * @return how many were written
	 */
	@Transactional
	public int remind(Long organisationId) {
		return SystemReader.as(organisationId, () -> {
			LocalDate today = LocalDate.now(this.clock);
			Map<Long, Long> appraiserOf = this.appraisers.postHoldersWithAppraisers(today);
			Map<Long, LocalDate> lastSigned = new HashMap<>();
			this.appraisals.lastSigned(organisationId, appraiserOf.keySet())
				.forEach((row) -> lastSigned.put((Long) row[0], (LocalDate) row[1]));
			int interval = this.settings.of(organisationId).getAppraisalIntervalMonths();
			return this.mail.write(organisationId, appraiserOf, (holder) -> {
				LocalDate last = lastSigned.get(holder);
				var urgency = AppraisalNotices.dueness(last, today, interval);
				return (urgency == null) ? null
						: new DueMail.Due(urgency, (last != null) ? last.plusMonths(interval) : null);
			}, "APPRAISAL_DUE", "/appraisals");
		});
	}

}
