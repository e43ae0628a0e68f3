package org.pecgov.interest;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeclarationTest {

	@ParameterizedTest(name = "from {0} to {1}, on {2}: current = {3}")
	@CsvSource({ "2026-01-01,,2026-11-23,true", "2026-01-01,2026-11-23,2026-11-23,true",
			"2026-01-01,2026-11-22,2026-11-23,false", "2026-11-24,,2026-11-23,false", "2026-11-23,,2026-11-23,true" })
	void standsFromItsFromDateToItsToDateBothIncluded(LocalDate from, LocalDate to, LocalDate day, boolean current) {
		Declaration declaration = new Declaration(1L, 2L, new DeclarationDetails(InterestKind.FINANCIAL, null,
				InterestCategory.SHAREHOLDING, "Shares", from, to, null, true, Set.of()), Set.of(), from, "test");

		assertThat(declaration.isCurrent(day)).isEqualTo(current);
	}

	@ParameterizedTest
	@CsvSource({ "INDIRECT,Spouse,Spouse", "FINANCIAL,Spouse," })
	void keepsARelationshipOnlyForAnIndirectInterest(InterestKind kind, String relationship, String kept) {
		Declaration declaration = new Declaration(1L, 2L, new DeclarationDetails(kind, relationship,
				InterestCategory.OTHER, "Interest", LocalDate.of(2026, 1, 1), null, null, true, Set.of()), Set.of(),
				LocalDate.of(2026, 1, 1), "test");

		assertThat(declaration.getRelationship()).isEqualTo(kept);
	}

}
