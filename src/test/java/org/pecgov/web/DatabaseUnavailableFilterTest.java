package org.pecgov.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * While the database is away, a request gets the service's 503 page at once, asking to retry; other failures
 * go on to the usual error handling.
 */
class DatabaseUnavailableFilterTest {

	private final DatabaseUnavailableFilter filter = new DatabaseUnavailableFilter(engine());

	@Test
	void noConnectionWithinThePoolsTimeoutGivesTheServicesOwn503PageWithRetryAfter() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();

		response.setHeader("X-Request-Id", "req-42");
		this.filter.doFilter(new MockHttpServletRequest("GET", "/members"), response, (request, ignored) -> {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"));
		});

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		assertThat(response.getHeader("X-Request-Id")).as("the request's id, also in the log line").isEqualTo("req-42");
		assertThat(response.getContentAsString()).contains("<title>Sorry, the service is unavailable")
			.contains("it has not been saved")
			.doesNotContain("Hikari");
	}

	@Test
	void aConnectionLostOrAStatementTimedOutIsTheDatabaseAwayButABrokenConstraintIsNot() {
		assertThat(DatabaseUnavailableFilter.databaseAway(new ServletException(new SQLException("gone", "08006"))))
			.isTrue();
		assertThat(DatabaseUnavailableFilter.databaseAway(new RuntimeException(new SQLException("shutdown", "57P01"))))
			.isTrue();
		assertThat(DatabaseUnavailableFilter.databaseAway(new SQLException("canceling statement", "57014"))).isTrue();
		assertThat(DatabaseUnavailableFilter.databaseAway(new DataIntegrityViolationException("duplicate key")))
			.isFalse();
	}

	@Test
	void aTransactionThatCannotBeRolledBackBecauseItsConnectionClosedIsTheDatabaseAway() {
		// what a request in flight got when PostgreSQL was stopped under load (Hikari's closed connection has no
		// SQL state); it gave a 500 before
		RuntimeException rollbackFailed = new org.springframework.orm.jpa.JpaSystemException(
				new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
						new SQLException("Connection is closed")));

		assertThat(DatabaseUnavailableFilter.databaseAway(new ServletException(rollbackFailed))).isTrue();
		assertThat(DatabaseUnavailableFilter.databaseAway(new org.hibernate.TransactionException("not active")))
			.isFalse();
	}

	@Test
	void anyOtherFailureGoesOnToTheErrorPages() {
		assertThatThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/members"),
				new MockHttpServletResponse(), (request, response) -> {
					throw new IllegalStateException("a bug");
				}))
			.isInstanceOf(IllegalStateException.class);
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
