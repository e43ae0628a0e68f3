package org.pecgov.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL are written with an upsert: two requests of one session at once (a double click, two
 * tabs) both save its attributes, where Spring Session's insert-then-update would fail the second on a duplicate
 * key, after its own change was committed, and tell the user it was not saved.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfig {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
