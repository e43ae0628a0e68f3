package org.pecgov.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.indicator.Indicator;
import org.pecgov.indicator.Measure;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appraisals as an indicator: post holders with an appraiser whose last signed appraisal is within the PCT's
 * interval, of those with an appraiser. Counts only: no appraisal's content or outcome.
 */
@Component
@Order(30)
@Transactional(readOnly = true)
class AppraisalIndicators implements Measure.Source {

	private final AppraisalRepository appraisals;

	private final Appraisers appraisers;

	private final SettingsService settings;

	private final Clock clock;

	AppraisalIndicators(AppraisalRepository appraisals, Appraisers appraisers, SettingsService settings, Clock clock) {
		this.appraisals = appraisals;
		this.appraisers = appraisers;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<Measure> measures() {
		LocalDate today = LocalDate.now(this.clock);
		Long organisationId = CurrentUser.readableOrganisationId();
		List<Long> appraised = this.appraisers.withAppraiser(today);
		Map<Long, LocalDate> lastSigned = new HashMap<>();
		if (!appraised.isEmpty()) {
			this.appraisals.lastSigned(organisationId, appraised)
				.forEach((row) -> lastSigned.put((Long) row[0], (LocalDate) row[1]));
		}
		int interval = this.settings.of(organisationId).getAppraisalIntervalMonths();
		long inDate = appraised.stream().filter((p) -> !AppraisalService.overdue(lastSigned.get(p), today, interval)).count();
		return List.of(Measure.share(Indicator.APPRAISALS, inDate, appraised.size(), "/appraisals"));
	}

}
