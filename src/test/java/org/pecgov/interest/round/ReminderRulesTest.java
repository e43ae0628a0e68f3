package org.pecgov.interest.round;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the round's reminder says that it closes soon: in its last week, and only while it is open.
 */
class ReminderRulesTest {

	private static final DeclarationRound ROUND_2026 = DeclarationRound.of(2026, MonthDay.of(4, 1), MonthDay.of(6, 30));

	@ParameterizedTest
	@CsvSource({ "2026-04-01,false", "2026-06-22,false", "2026-06-23,true", "2026-06-30,true", "2026-07-01,false",
			"2026-03-31,false" })
	void theRoundClosesSoonInItsLastWeek(LocalDate day, boolean closing) {
		assertThat(DeclarationReminders.closingSoon(ROUND_2026, day)).isEqualTo(closing);
	}

}
