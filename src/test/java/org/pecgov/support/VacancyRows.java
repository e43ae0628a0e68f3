package org.pecgov.support;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for data tests: a PCT with a post, a person, an open vacancy for the post with that person as
 * candidate, and a panellist.
 */
public record VacancyRows(PostRows rows, long organisation, long post, long specification, long competency, long person,
		long vacancy, long candidate, long panellist) {

	/**
	 * Inserts the rows.
	 * @param entities the test's entity manager
	 * @param jdbc the test's JDBC template
	 * @param suffix what keeps their names apart from other tests' rows
	 * @return the rows' ids
	 */
	public static VacancyRows insert(TestEntityManager entities, JdbcTemplate jdbc, String suffix) {
		PostRows rows = PostRows.insert(entities, jdbc, suffix);
		long pct = rows.organisation();
		long person = rows.person(jdbc, "candidate");
		long vacancy = jdbc.queryForObject("insert into vacancy (organisation_id, post_id, specification_id, status, "
				+ "opened_on) values (?, ?, ?, 'OPEN', current_date) returning id", Long.class, pct, rows.post(),
				rows.specification());
		long candidate = jdbc.queryForObject("insert into candidate (organisation_id, vacancy_id, person_id) values "
				+ "(?, ?, ?) returning id", Long.class, pct, vacancy, person);
		long panellist = jdbc.queryForObject("insert into panel_member (organisation_id, vacancy_id, person_id, "
				+ "panel_role) values (?, ?, ?, 'Panel') returning id", Long.class, pct, vacancy,
				rows.person(jdbc, "chair"));
		return new VacancyRows(rows, pct, rows.post(), rows.specification(), rows.competency(), person, vacancy,
				candidate, panellist);
	}

}
