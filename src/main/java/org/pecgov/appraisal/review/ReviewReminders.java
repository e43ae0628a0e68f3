package org.pecgov.appraisal.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.appraisal.Appraisers;
import org.pecgov.appraisal.DueMail;
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
 * Each morning, emails each post holder and their appraiser when a one-to-one review is due within 14 days or
 * overdue (as the home page counts it), PCT by PCT. One instance at a time runs it (ShedLock).
 */
@Component
public class ReviewReminders {

	private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

	private final OrganisationService organisations;

	private final Appraisers appraisers;

	private final ReviewRepository reviews;

	private final SettingsService settings;

	private final DueMail mail;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	ReviewReminders(OrganisationService organisations, Appraisers appraisers, ReviewRepository reviews,
			SettingsService settings, DueMail mail, Clock clock,
			org.springframework.transaction.support.TransactionTemplate transactions) {
		this.transactions = transactions;
		this.organisations = organisations;
		this.appraisers = appraisers;
		this.reviews = reviews;
		this.settings = settings;
		this.mail = mail;
		this.clock = clock;
	}

	@Scheduled(cron = "${pecgov.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "review-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
	public void remindDaily() {
		for (Organisation pct : this.organisations.pcts()) {
			try {
				// through the transaction template: a call to this class's own @Transactional method would not open one
				this.transactions.executeWithoutResult((status) -> remind(pct.getId()));
			}
			catch (RuntimeException ex) {
				log.error("Could not write the review reminders of {}", pct.getCode(), ex);
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
			Map<Long, LocalDate> lastHeld = new HashMap<>();
			this.reviews.lastHeld(organisationId, appraiserOf.keySet())
				.forEach((row) -> lastHeld.put((Long) row[0], (LocalDate) row[1]));
			int interval = this.settings.of(organisationId).getReviewIntervalMonths();
			return this.mail.write(organisationId, appraiserOf, (holder) -> {
				LocalDate last = lastHeld.get(holder);
				var urgency = ReviewNotices.dueness(last, today, interval);
				return (urgency == null) ? null
						: new DueMail.Due(urgency, (last != null) ? last.plusMonths(interval) : null);
			}, "REVIEW_DUE", "/reviews");
		});
	}

}
