package org.pecgov.appointment.vacancy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.VacancyRows;

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
class ScoreRepositoryTest {

	@Autowired
	private ScoreRepository scores;

	@Autowired
	private TestEntityManager entities;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void meansThePanelsScoresPerPersonAndCompetencyWithinOnePct() {
		VacancyRows pct = fixture("A");
		VacancyRows other = fixture("B");
		score(pct, 3);
		score(pct, 4);
		score(other, 1);

		List<Object[]> means = this.scores.meanScores(pct.organisation());

		assertThat(means).hasSize(1);
		assertThat(((Number) means.get(0)[2]).doubleValue()).isEqualTo(3.5);
	}

	@Test
	void theDatabaseRefusesScoresOutsideOneToFour() {
		VacancyRows pct = fixture("C");

		assertThatThrownBy(() -> this.jdbc.update("insert into score (organisation_id, candidate_id, panel_member_id, "
				+ "competency_id, score) values (?, ?, ?, ?, 5)", pct.organisation(), pct.candidate(), pct.panellist(),
				pct.competency()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private void score(VacancyRows f, int score) {
		long panellist = this.jdbc.queryForObject("insert into panel_member (organisation_id, vacancy_id, person_id, "
				+ "panel_role) values (?, ?, ?, 'Panel') returning id", Long.class, f.organisation(), f.vacancy(),
				f.rows().person(this.jdbc, "panel" + score));
		this.jdbc.update("insert into score (organisation_id, candidate_id, panel_member_id, competency_id, score) "
				+ "values (?, ?, ?, ?, ?)", f.organisation(), f.candidate(), panellist, f.competency(), score);
	}

	private VacancyRows fixture(String suffix) {
		return VacancyRows.insert(this.entities, this.jdbc, suffix);
	}

}
