package org.pecgov.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids of demo records, looked up by what the demo data names them.
 */
public final class DemoIds {

	private final JdbcTemplate jdbc;

	public DemoIds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long organisation(String code) {
		return this.jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
	}

	public long person(String email) {
		return this.jdbc.queryForObject("select id from person where email = ?", Long.class, email);
	}

	public long user(String email) {
		return this.jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
	}

	public long personOfUser(String email) {
		return this.jdbc.queryForObject("select person_id from app_user where email = ?", Long.class, email);
	}

}
