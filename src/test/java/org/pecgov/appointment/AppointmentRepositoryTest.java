package org.pecgov.appointment;

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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@PecgovDatabase
class AppointmentRepositoryTest {

	@Autowired
	private ScoreRepository scores;

	@Autowired
	private AppointmentRepository appointments;

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void meansThePanelsScoresPerPersonAndCompetencyWithinOnePct() {
		Fixture pct = fixture("A");
		Fixture other = fixture("B");
		score(pct, 3);
		score(pct, 4);
		score(other, 1);

		List<Object[]> means = this.scores.meanScores(pct.organisation);

		assertThat(means).hasSize(1);
		assertThat(((Number) means.get(0)[2]).doubleValue()).isEqualTo(3.5);
	}

	@Test
	void theDatabaseRefusesScoresOutsideOneToFour() {
		Fixture pct = fixture("C");

		assertThatThrownBy(() -> this.jdbc.update("insert into score (organisation_id, candidate_id, panel_member_id, "
				+ "competency_id, score) values (?, ?, ?, ?, 5)", pct.organisation, pct.candidate, pct.panellist,
				pct.competency))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void findsAnOrganisationsOpenAppointmentsAndRefusesTermsEndingBeforeTheyStart() {
		Fixture pct = fixture("D");
		this.jdbc.update("insert into appointment (organisation_id, post_id, person_id, specification_id, term_start, "
				+ "term_end) values (?, ?, ?, ?, ?, ?)", pct.organisation, pct.post, pct.person, pct.specification,
				LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));

		assertThat(this.appointments.findByOrganisationIdAndEndedOnIsNull(pct.organisation)).hasSize(1)
			.allSatisfy((a) -> assertThat(a.isCurrent(LocalDate.of(2026, 11, 23))).isTrue());
		assertThatThrownBy(() -> this.jdbc.update("insert into appointment (organisation_id, post_id, person_id, "
				+ "specification_id, term_start, term_end) values (?, ?, ?, ?, ?, ?)", pct.organisation, pct.post,
				pct.person, pct.specification, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aRenewalOverAnUnmetConditionKeepsItsReasonOrIsRefused() {
		Fixture pct = fixture("E");
		long first = this.jdbc.queryForObject("insert into appointment (organisation_id, post_id, person_id, "
				+ "specification_id, term_start, term_end) values (?, ?, ?, ?, ?, ?) returning id", Long.class,
				pct.organisation, pct.post, pct.person, pct.specification, LocalDate.of(2023, 4, 1),
				LocalDate.of(2026, 3, 31));
		this.jdbc.update("insert into appointment (organisation_id, post_id, person_id, specification_id, term_start, "
				+ "term_end, renews_id, renewal_unmet, renewal_reason) values (?, ?, ?, ?, ?, ?, ?, 'APPRAISAL', 'Booked')",
				pct.organisation, pct.post, pct.person, pct.specification, LocalDate.of(2026, 4, 1),
				LocalDate.of(2029, 3, 31), first);

		assertThat(this.appointments.findByPostIdOrderByTermStartDesc(pct.post)).first()
			.satisfies((a) -> assertThat(a.getRenewalUnmet()).containsExactly(RenewalCondition.Kind.APPRAISAL))
			.satisfies((a) -> assertThat(a.getRenewsId()).isEqualTo(first));
		assertThat(this.appointments.lock(first, pct.organisation)).isPresent();
		assertThat(this.appointments.lock(first, pct.organisation + 1)).isEmpty();
		assertThatThrownBy(() -> this.jdbc.update("insert into appointment (organisation_id, post_id, person_id, "
				+ "specification_id, term_start, term_end, renewal_unmet) values (?, ?, ?, ?, ?, ?, 'APPRAISAL')",
				pct.organisation, pct.post, pct.person, pct.specification, LocalDate.of(2029, 4, 1),
				LocalDate.of(2031, 3, 31)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private void score(Fixture f, int score) {
		long panellist = this.jdbc.queryForObject("insert into panel_member (organisation_id, vacancy_id, person_id, "
				+ "panel_role) values (?, ?, ?, 'Panel') returning id", Long.class, f.organisation, f.vacancy,
				f.rows.person(this.jdbc, "panel" + score));
		this.jdbc.update("insert into score (organisation_id, candidate_id, panel_member_id, competency_id, score) "
				+ "values (?, ?, ?, ?, ?)", f.organisation, f.candidate, panellist, f.competency, score);
	}

	private Fixture fixture(String suffix) {
		PostRows rows = PostRows.insert(this.entities, this.jdbc, suffix);
		long pct = rows.organisation();
		long person = rows.person(this.jdbc, "candidate");
		long vacancy = this.jdbc.queryForObject("insert into vacancy (organisation_id, post_id, specification_id, status, "
				+ "opened_on) values (?, ?, ?, 'OPEN', current_date) returning id", Long.class, pct, rows.post(),
				rows.specification());
		long candidate = this.jdbc.queryForObject("insert into candidate (organisation_id, vacancy_id, person_id) values "
				+ "(?, ?, ?) returning id", Long.class, pct, vacancy, person);
		long panellist = this.jdbc.queryForObject("insert into panel_member (organisation_id, vacancy_id, person_id, "
				+ "panel_role) values (?, ?, ?, 'Panel') returning id", Long.class, pct, vacancy,
				rows.person(this.jdbc, "chair"));
		return new Fixture(rows, pct, rows.post(), rows.specification(), rows.competency(), person, vacancy, candidate,
				panellist);
	}

	record Fixture(PostRows rows, long organisation, long post, long specification, long competency, long person, long vacancy,
			long candidate, long panellist) {
	}

}
