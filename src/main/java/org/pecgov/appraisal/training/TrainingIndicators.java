package org.pecgov.appraisal.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pecgov.appraisal.Appraisers;
import org.pecgov.indicator.Indicator;
import org.pecgov.indicator.Measure;
import org.pecgov.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training as an indicator: post holders with training recorded in the last 12 months, of everyone holding a post
 * today (seed 000: four in ten PCTs gave their PEC members no access to training).
 */
@Component
@Order(32)
@Transactional(readOnly = true)
class TrainingIndicators implements Measure.Source {

	private final TrainingRepository training;

	private final Appraisers appraisers;

	private final Clock clock;

	TrainingIndicators(TrainingRepository training, Appraisers appraisers, Clock clock) {
		this.training = training;
		this.appraisers = appraisers;
		this.clock = clock;
	}

	@Override
	public List<Measure> measures() {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> holders = this.appraisers.postHoldersWithAppraisers(today).keySet();
		Set<Long> trained = new HashSet<>(this.training.trainedSince(CurrentUser.readableOrganisationId(),
				today.minusMonths(TrainingService.WITHOUT_MONTHS)));
		long withTraining = holders.stream().filter(trained::contains).count();
		return List.of(Measure.share(Indicator.TRAINING, withTraining, holders.size(), "/training"));
	}

}
