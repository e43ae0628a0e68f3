package org.pecgov.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away (no connection within the pool's 3 seconds, a connection lost, a statement or a
 * lock timed out), a request gets the service's own 503 page with Retry-After, at once, whether it failed in a controller
 * or while its session was read; the page needs neither the session nor the database. Outside every filter
 * but the request id's (so that its log line carries the id), so that it also catches what the session and
 * security filters throw.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

	/** How long a client is asked to wait before trying again. */
	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ITemplateEngine templates;

	public DatabaseUnavailableFilter(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!databaseAway(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("The database is unavailable: {} {} answered 503 ({})", request.getMethod(),
					request.getRequestURI(), rootMessage(ex));
			unavailable(response);
		}
	}

	private void unavailable(HttpServletResponse response) throws IOException {
		String requestId = response.getHeader(RequestIdFilter.HEADER);
		response.reset();
		if (requestId != null) {
			response.setHeader(RequestIdFilter.HEADER, requestId);
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(this.templates.process("error/standalone", TomcatErrorPages.page("error.503")));
	}

	/**
	 * Whether a failure means the database cannot be reached or did not answer in time, rather than a fault
	 * of the request or of the service.
	 * @param failure what was thrown
	 * @return true if so
	 */
	static boolean databaseAway(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
					|| cause instanceof org.springframework.dao.CannotAcquireLockException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			// a commit or rollback that failed at the connection: the connection was lost under it
			if (cause instanceof org.hibernate.TransactionException && cause.getCause() instanceof java.sql.SQLException) {
				return true;
			}
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")
							|| "57014".equals(sql.getSQLState()) || "55P03".equals(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
