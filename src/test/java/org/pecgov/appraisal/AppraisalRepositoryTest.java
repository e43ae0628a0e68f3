package org.pecgov.appraisal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.PostRows;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The appraisal queries and the database's own rules, on PostgreSQL.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@PecgovDatabase
class AppraisalRepositoryTest {

	private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

	@Autowired
	private AppraisalRepository appraisals;

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void listsTheCurrentVersionsOfOnePctsAppraisalsForTheAppraiseeAndTheAppraiser() {
		Fixture pct = fixture("A");
		Fixture other = fixture("B");
		long first = appraisal(pct, APRIL, true, true, "SATISFACTORY");
		this.jdbc.update("update appraisal set superseded = true where id = ?", first);
		long current = appraisal(pct, APRIL, false, false, null);
		appraisal(other, APRIL, true, true, "SATISFACTORY");

		List<Long> none = List.of(-1L);
		assertThat(this.appraisals.list(pct.organisation, null, none, PageRequest.of(0, 25)).getContent())
			.extracting(Appraisal::getId)
			.containsExactly(current);
		assertThat(this.appraisals.list(pct.organisation, pct.appraiser, List.of(pct.person), PageRequest.of(0, 25))
			.getContent()).hasSize(1);
		assertThat(this.appraisals.list(pct.organisation, pct.person, none, PageRequest.of(0, 25)).getContent())
			.hasSize(1);
		assertThat(this.appraisals.list(pct.organisation, other.person, none, PageRequest.of(0, 25)).getContent())
			.isEmpty();
		// an appraiser who no longer appraises the person no longer finds what they held
		assertThat(this.appraisals.list(pct.organisation, pct.appraiser, none, PageRequest.of(0, 25)).getContent())
			.isEmpty();
	}

	@Test
	void theLastSignedIsTheLatestPeriodSignedByBothInThePct() {
		Fixture pct = fixture("C");
		appraisal(pct, APRIL, true, true, "SATISFACTORY");
		appraisal(pct, APRIL.plusYears(1), true, false, "SATISFACTORY");

		List<Object[]> rows = this.appraisals.lastSigned(pct.organisation, List.of(pct.person, pct.appraiser));

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)[0]).isEqualTo(pct.person);
		assertThat(rows.get(0)[1]).isEqualTo(APRIL.plusYears(1).minusDays(1));
	}

	@Test
	void theDatabaseRefusesSelfAppraisal() {
		Fixture pct = fixture("D");

		assertThatThrownBy(() -> this.jdbc.update("insert into appraisal (organisation_id, person_id, appraiser_id, "
				+ "appointment_id, period_from, period_to) values (?, ?, ?, ?, ?, ?)", pct.organisation, pct.person,
				pct.person, pct.appointment, APRIL, APRIL.plusYears(1)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesRatingsOutsideOneToFour() {
		Fixture pct = fixture("E");
		long appraisal = appraisal(pct, APRIL, false, false, null);

		assertThatThrownBy(() -> this.jdbc.update("insert into appraisal_rating (appraisal_id, competency_id, rating) "
				+ "values (?, ?, 5)", appraisal, pct.competency))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private long appraisal(Fixture f, LocalDate from, boolean memberSigned, boolean appraiserSigned, String outcome) {
		return this.jdbc.queryForObject("insert into appraisal (organisation_id, person_id, appraiser_id, appointment_id, "
				+ "period_from, period_to, outcome, member_signed_at, appraiser_signed_at) values (?, ?, ?, ?, ?, ?, ?, "
				+ (memberSigned ? "now()" : "null") + ", " + (appraiserSigned ? "now()" : "null") + ") returning id",
				Long.class, f.organisation, f.person, f.appraiser, f.appointment, from, from.plusYears(1).minusDays(1),
				outcome);
	}

	private Fixture fixture(String suffix) {
		PostRows rows = PostRows.insert(this.entities, this.jdbc, suffix);
		long person = rows.person(this.jdbc, "member");
		long appointment = this.jdbc.queryForObject("insert into appointment (organisation_id, post_id, person_id, "
				+ "specification_id, term_start, term_end) values (?, ?, ?, ?, ?, ?) returning id", Long.class,
				rows.organisation(), rows.post(), person, rows.specification(), APRIL.minusYears(1), APRIL.plusYears(2));
		return new Fixture(rows.organisation(), person, rows.person(this.jdbc, "chair"), appointment,
				rows.competency());
	}

	record Fixture(long organisation, long person, long appraiser, long appointment, long competency) {
	}

}
