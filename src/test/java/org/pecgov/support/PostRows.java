package org.pecgov.support;

import java.time.Instant;

import org.pecgov.organisation.Organisation;

import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for data tests: a new SHA and PCT with a PEC, one clinical post with its first specification, and
 * a competency; and people in it.
 * @param organisation the PCT
 * @param committee its PEC
 * @param post the post
 * @param specification the post's specification
 * @param competency a competency of the PCT
 */
public record PostRows(long organisation, long committee, long post, long specification, long competency) {

	/**
	 * Inserts the rows, under codes made unique by a suffix and the time.
	 * @param entities to persist the organisations
	 * @param jdbc to insert the rest
	 * @param suffix a letter that tells a test's fixtures apart
	 * @return their ids
	 */
	public static PostRows insert(TestEntityManager entities, JdbcTemplate jdbc, String suffix) {
		String code = suffix + (System.nanoTime() % 100000);
		Organisation sha = entities.persist(Organisation.sha("S" + code, "SHA " + code, Instant.now()));
		long pct = entities.persist(Organisation.pct("P" + code, "PCT " + code, sha, Instant.now())).getId();
		entities.flush();
		long committee = jdbc.queryForObject("insert into committee (organisation_id, kind, name) values (?, 'PEC', "
				+ "'PEC') returning id", Long.class, pct);
		long post = jdbc.queryForObject("insert into post (organisation_id, committee_id, kind, title) values (?, ?, "
				+ "'CLINICAL_MEMBER', 'Clinical member') returning id", Long.class, pct, committee);
		long specification = jdbc.queryForObject("insert into post_specification (organisation_id, post_id, number, "
				+ "purpose, days_per_week, created_at, created_by) values (?, ?, 1, 'Purpose', 1, now(), 'test') returning id",
				Long.class, pct, post);
		long competency = jdbc.queryForObject("insert into competency (organisation_id, family, name) values (?, "
				+ "'MANAGEMENT', 'Chairing') returning id", Long.class, pct);
		return new PostRows(pct, committee, post, specification, competency);
	}

	/**
	 * Inserts a person of the PCT.
	 * @param jdbc to insert
	 * @param name their given name, also the start of a unique email
	 * @return their id
	 */
	public long person(JdbcTemplate jdbc, String name) {
		return jdbc.queryForObject("insert into person (organisation_id, given_name, family_name, email, profession) "
				+ "values (?, ?, 'Test', ?, 'GP') returning id", Long.class, this.organisation, name,
				name + System.nanoTime() + "@test.example");
	}

}
