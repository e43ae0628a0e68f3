package org.pecgov.organisation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PctSettingsTest {

	@Test
	void savingTheSettingsKeepsTheIntervalsOfAppraisalsAndReviews() {
		SettingsForm form = SettingsForm.from(PctSettings.defaultsFor(1L));
		form.setAppraisalIntervalMonths(18);
		form.setReviewIntervalMonths(6);
		PctSettings saved = PctSettings.defaultsFor(1L);

		saved.apply(form.toValues());

		assertThat(saved.getAppraisalIntervalMonths()).isEqualTo(18);
		assertThat(saved.getReviewIntervalMonths()).isEqualTo(6);
		assertThat(SettingsForm.from(saved).getReviewIntervalMonths()).isEqualTo(6);
	}

	@Test
	void aPctReviewsQuarterlyUntilItSaysOtherwise() {
		assertThat(PctSettings.defaultsFor(1L).getReviewIntervalMonths()).isEqualTo(3);
		assertThat(PctSettings.defaultsFor(1L).getReviewedAt()).isNull();
	}

}
