package org.pecgov.interest.round;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeclarationRoundTest {

	private static final MonthDay APRIL_1 = MonthDay.of(4, 1);

	private static final MonthDay JUNE_30 = MonthDay.of(6, 30);

	@ParameterizedTest(name = "arose {0}, appointed {1}, declared {2}: late = {3}")
	@CsvSource({ "2026-01-01,,2026-01-29,false", "2026-01-01,,2026-01-30,true", "2025-01-01,2026-03-01,2026-03-29,false",
			"2025-01-01,2026-03-01,2026-03-30,true", "2026-05-01,2026-03-01,2026-05-29,false" })
	void declaresWithin28DaysOfArisingOrOfAppointment(LocalDate arose, LocalDate appointed, LocalDate declared,
			boolean late) {
		assertThat(DeclarationRound.late(arose, appointed, declared)).isEqualTo(late);
	}

	@ParameterizedTest(name = "on {0}: round {1}, open = {2}")
	@CsvSource({ "2026-03-31,2025,false", "2026-04-01,2026,true", "2026-06-30,2026,true", "2026-07-01,2026,false",
			"2026-11-23,2026,false" })
	void aDayBelongsToTheLatestRoundThatHasOpened(LocalDate day, int year, boolean open) {
		DeclarationRound round = DeclarationRound.on(day, APRIL_1, JUNE_30);

		assertThat(round.year()).isEqualTo(year);
		assertThat(round.isOpen(day)).isEqualTo(open);
	}

	@Test
	void aRoundMayRunIntoTheNextYear() {
		DeclarationRound round = DeclarationRound.of(2026, MonthDay.of(12, 1), MonthDay.of(1, 31));

		assertThat(round.closesOn()).isEqualTo(LocalDate.of(2027, 1, 31));
		assertThat(round.isOpen(LocalDate.of(2027, 1, 15))).isTrue();
		assertThat(DeclarationRound.on(LocalDate.of(2027, 1, 15), MonthDay.of(12, 1), MonthDay.of(1, 31)).year())
			.isEqualTo(2026);
	}

}
