package org.pecgov.indicator;

import org.junit.jupiter.api.Test;
import org.pecgov.indicator.Indicator.Status;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorTest {

	@Test
	void aShareIsMetAtItsTargetPerCentAndHasNoDataWithoutAWhole() {
		assertThat(Indicator.POSTS_FILLED.status(14, 14, 100)).isEqualTo(Status.MET);
		assertThat(Indicator.POSTS_FILLED.status(13, 14, 100)).isEqualTo(Status.NOT_MET);
		assertThat(Indicator.ATTENDANCE.status(3, 4, 75)).isEqualTo(Status.MET);
		assertThat(Indicator.ATTENDANCE.status(74, 100, 75)).isEqualTo(Status.NOT_MET);
		assertThat(Indicator.TRAINING.status(0, 0, 100)).isEqualTo(Status.NO_DATA);
	}

	@Test
	void aShareIsComparedExactlyNotAfterRounding() {
		// 2 of 3 is 66.7%: it meets 66% and not 67%
		assertThat(Indicator.DEBATED.status(2, 3, 66)).isEqualTo(Status.MET);
		assertThat(Indicator.DEBATED.status(2, 3, 67)).isEqualTo(Status.NOT_MET);
	}

	@Test
	void aClinicalMajorityMustBeMoreThanHalfOfThePeople() {
		assertThat(Indicator.CLINICAL_MAJORITY.status(7, 13, 50)).isEqualTo(Status.MET);
		assertThat(Indicator.CLINICAL_MAJORITY.status(6, 12, 50)).isEqualTo(Status.NOT_MET);
		assertThat(Indicator.CLINICAL_MAJORITY.status(101, 200, 50)).isEqualTo(Status.MET);
	}

	@Test
	void countsAreMetAtOrBeyondTheirTargetInTheirDirection() {
		assertThat(Indicator.BREACHES_OPEN.status(0, 0, 0)).isEqualTo(Status.MET);
		assertThat(Indicator.BREACHES_OPEN.status(1, 0, 0)).isEqualTo(Status.NOT_MET);
		assertThat(Indicator.PROFESSIONS.status(2, 0, 2)).isEqualTo(Status.MET);
		assertThat(Indicator.PROFESSIONS.status(1, 0, 2)).isEqualTo(Status.NOT_MET);
		assertThat(Indicator.CLINICAL_CLIFF.status(1, 0, 0)).isEqualTo(Status.NOT_MET);
		assertThat(Indicator.TERMS_ENDING.status(9, 0, 0)).isEqualTo(Status.NONE);
	}

	@Test
	void sharesTakeTargetsUpTo100PerCentCountsUpTo999AndInformationNone() {
		assertThat(Indicator.POSTS_FILLED.maxTarget()).isEqualTo(100);
		assertThat(Indicator.CLINICAL_MAJORITY.maxTarget()).isEqualTo(100);
		assertThat(Indicator.BREACHES_OPEN.maxTarget()).isEqualTo(999);
		assertThat(Indicator.TERMS_ENDING.hasTarget()).isFalse();
		assertThat(Indicator.CLINICAL_CLIFF.hasTarget()).isFalse();
	}

	@Test
	void theDefaultTargetsAreTheSeedsExpectations() {
		assertThat(Indicator.POSTS_FILLED.defaultTarget()).isEqualTo(100);
		assertThat(Indicator.TRAINING.defaultTarget()).isEqualTo(100);
		assertThat(Indicator.ATTENDANCE.defaultTarget()).isEqualTo(75);
		assertThat(Indicator.BREACHES_OPEN.defaultTarget()).isZero();
	}

}
