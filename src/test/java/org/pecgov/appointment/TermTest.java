package org.pecgov.appointment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pecgov.organisation.PctSettings;

import static org.assertj.core.api.Assertions.assertThat;

class TermTest {

	private static final PctSettings DEFAULTS = PctSettings.defaultsFor(1L);

	private static final LocalDate START = LocalDate.of(2026, 4, 1);

	@ParameterizedTest(name = "ending {0}: {1}")
	@CsvSource({ "2028-03-30,term.end.tooShort", "2028-03-31,", "2030-03-31,", "2030-04-01,term.end.tooLong",
			"2026-04-01,term.end.beforeStart", "2026-03-01,term.end.beforeStart" })
	void termsRunTwoToFourYears(LocalDate end, String problem) {
		assertThat(new Term(START, end).problem(DEFAULTS, false).orElse(null)).isEqualTo(problem);
	}

	@Test
	void openEndedTermsOnlyWhereThePctAllows() {
		assertThat(new Term(START, null).problem(DEFAULTS, false)).contains("term.end.required");
		PctSettings open = PctSettings.values(4, 8, 2, 1, BigDecimal.ONE, 1, 2, 1, 2, 24, 48, true, 6);
		assertThat(new Term(START, null).problem(open, false)).isEmpty();
		assertThat(new Term(START, null).problem(open, true)).contains("term.end.coOpted");
	}

	@Test
	void coOptedTermsMayBeShort() {
		assertThat(new Term(START, START.plusMonths(6)).problem(DEFAULTS, true)).isEmpty();
	}

	@ParameterizedTest(name = "{0}..{1} overlaps {2}..{3}: {4}")
	@CsvSource({ "2026-04-01,2028-03-31,2028-03-31,2030-03-30,true", "2026-04-01,2028-03-31,2028-04-01,2030-03-31,false",
			"2026-04-01,,2030-01-01,2031-01-01,true", "2027-01-01,2027-06-30,2026-04-01,2028-03-31,true" })
	void overlapsShareADay(LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2, boolean overlaps) {
		assertThat(new Term(s1, e1).overlaps(new Term(s2, e2))).isEqualTo(overlaps);
		assertThat(new Term(s2, e2).overlaps(new Term(s1, e1))).isEqualTo(overlaps);
	}

}
