package org.pecgov.web;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatePartsTest {

	@ParameterizedTest(name = "{0} {1} {2} is {3}")
	@CsvSource({ "1,4,2026,2026-04-01", "01,04,2026,2026-04-01", "31,12,1999,1999-12-31", "29,2,2028,2028-02-29",
			"5,Mar,2027,2027-03-05", "5,march,2027,2027-03-05", "5,SEPT,2027,2027-09-05" })
	void readsADate(String day, String month, String year, LocalDate date) {
		DateParts parts = new DateParts(day, month, year);

		assertThat(parts.problem()).isNull();
		assertThat(parts.toDate()).isEqualTo(date);
		assertThat(parts.parameterValue()).isEqualTo(date.toString());
	}

	@ParameterizedTest(name = "''{0}'' ''{1}'' ''{2}'' is {3}")
	@CsvSource({ "'',4,2026,MISSING_DAY", "1,'',2026,MISSING_MONTH", "1,4,'',MISSING_YEAR", "'','',2026,MISSING_DAY_MONTH",
			"'',4,'',MISSING_DAY_YEAR", "1,'','',MISSING_MONTH_YEAR", "1,4,26,YEAR_DIGITS", "1,4,20266,YEAR_DIGITS",
			"0,4,2026,DAY_NOT_REAL", "32,4,2026,DAY_NOT_REAL", "x,4,2026,DAY_NOT_REAL", "1,13,2026,MONTH_NOT_REAL",
			"1,ma,2026,MONTH_NOT_REAL", "1,marchx,2026,MONTH_NOT_REAL", "30,2,2026,NOT_REAL", "29,2,2027,NOT_REAL",
			"31,4,2026,NOT_REAL" })
	void saysWhatIsWrong(String day, String month, String year, DateParts.Problem problem) {
		DateParts parts = new DateParts(day, month, year);

		assertThat(parts.problem()).isEqualTo(problem);
		assertThat(parts.toDate()).isNull();
		assertThat(DateParts.Problem.fromMarker(parts.parameterValue())).isEqualTo(problem);
	}

	@Test
	void blankPartsAreNoDateAndNoProblem() {
		DateParts parts = new DateParts(" ", null, "");

		assertThat(parts.blank()).isTrue();
		assertThat(parts.problem()).isNull();
		assertThat(parts.parameterValue()).isEmpty();
	}

	@Test
	void marksOnlyTheWrongParts() {
		assertThat(DateParts.Problem.MISSING_DAY_YEAR.parts()).containsExactlyInAnyOrder(DateParts.Part.DAY,
				DateParts.Part.YEAR);
		assertThat(DateParts.Problem.NOT_REAL.parts()).containsExactlyInAnyOrder(DateParts.Part.values());
		assertThat(DateParts.Problem.MISSING_DAY_MONTH.code()).isEqualTo("missingDayMonth");
	}

	@Test
	void joinsThePartsOfEachDateSentAndLeavesOtherParametersAlone() {
		Map<String, DateParts> entries = DatePartsFilter.entries(Map.of("termStart-day", new String[] { "1" },
				"termStart-month", new String[] { "4" }, "termStart-year", new String[] { "2027" }, "note",
				new String[] { "x" }, "-day", new String[] { "3" }));

		assertThat(entries).containsOnlyKeys("termStart");
		assertThat(entries.get("termStart").toDate()).isEqualTo(LocalDate.of(2027, 4, 1));
	}

	@Test
	void showsWhatWasTypedRatherThanTheDateHeld() {
		DateInputs inputs = new DateInputs();

		var boxes = inputs.boxes("termStart", "termStart", Map.of("termStart", new DateParts("31", "2", "2027")),
				LocalDate.of(2026, 1, 1));

		assertThat(boxes).extracting(DateInputs.Box::value).containsExactly("31", "2", "2027");
		assertThat(boxes).extracting(DateInputs.Box::wrong).containsExactly(true, true, true);
		assertThat(inputs.boxes("termStart", "termStart", null, "2026-01-05")).extracting(DateInputs.Box::value)
			.containsExactly("5", "1", "2026");
		assertThat(inputs.boxes("x", "x", Map.of("x", new DateParts("1", "", "2027")), null))
			.extracting(DateInputs.Box::wrong)
			.containsExactly(false, true, false);
	}

}
