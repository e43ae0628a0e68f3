package org.pecgov.appraisal.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.appraisal.Appraisers;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.indicator.Indicator;
import org.pecgov.indicator.Measure;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-to-one reviews as an indicator: post holders with an appraiser who have had a review and whose next one is
 * not overdue, of those with an appraiser.
 */
@Component
@Order(31)
@Transactional(readOnly = true)
class ReviewIndicators implements Measure.Source {

	private final ReviewRepository reviews;

	private final Appraisers appraisers;

	private final SettingsService settings;

	private final Clock clock;

	ReviewIndicators(ReviewRepository reviews, Appraisers appraisers, SettingsService settings, Clock clock) {
		this.reviews = reviews;
		this.appraisers = appraisers;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<Measure> measures() {
		LocalDate today = LocalDate.now(this.clock);
		Long organisationId = CurrentUser.readableOrganisationId();
		List<Long> reviewed = this.appraisers.withAppraiser(today);
		Map<Long, LocalDate> last = new HashMap<>();
		if (!reviewed.isEmpty()) {
			this.reviews.lastHeld(organisationId, reviewed).forEach((row) -> last.put((Long) row[0], (LocalDate) row[1]));
		}
		int interval = this.settings.of(organisationId).getReviewIntervalMonths();
		long held = reviewed.stream()
			.filter((p) -> last.get(p) != null && ReviewNotices.dueness(last.get(p), today, interval) != Urgency.OVERDUE)
			.count();
		return List.of(Measure.share(Indicator.REVIEWS, held, reviewed.size(), "/reviews"));
	}

}
