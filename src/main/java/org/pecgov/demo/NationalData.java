package org.pecgov.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import org.pecgov.config.PecgovProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * PECGOV_DEMO_SCALE=national: besides the demo PCTs, a national data set (10 SHAs, 200 PCTs and their PECs,
 * people, appointments, declarations, meetings, appraisals) for load tests and for pages that read across
 * PCTs. One SQL script generates it in the database itself, set by set; it runs once, under a PostgreSQL
 * advisory lock, and a later start (or another instance) finds it there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NationalData implements ApplicationRunner {

	static final String SCRIPT = "db/national/national.sql";

	/** The lock's key: "pecnat" in ASCII. */
	private static final long KEY = 0x7065636E6174L;

	private static final Logger log = LoggerFactory.getLogger(NationalData.class);

	private final PecgovProperties properties;

	private final DataSource dataSource;

	NationalData(PecgovProperties properties, DataSource dataSource) {
		this.properties = properties;
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		if (!this.properties.isNationalScale()) {
			return;
		}
		long started = System.nanoTime();
		boolean loaded = load();
		if (loaded) {
			log.info("Demo scale national: loaded the national data set in {} s",
					Duration.ofNanos(System.nanoTime() - started).toSeconds());
		}
		else {
			log.info("Demo scale national: the national data set is already loaded");
		}
	}

	/**
	 * Runs the script on a connection of its own, without the requests' statement timeout, while holding a
	 * session advisory lock.
	 * @return whether it loaded the data (false when it was there)
	 */
	boolean load() throws SQLException {
		String script = script();
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			statement.execute("select pg_advisory_lock(" + KEY + ")");
			try {
				statement.execute("set statement_timeout = 0");
				boolean there = there(statement);
				if (!there) {
					statement.execute(script);
				}
				return !there;
			}
			finally {
				statement.execute("reset statement_timeout");
				statement.execute("select pg_advisory_unlock(" + KEY + ")");
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static boolean there(Statement statement) throws SQLException {
		try (var result = statement.executeQuery("select exists (select 1 from organisation where code = 'NAT01')")) {
			return result.next() && result.getBoolean(1);
		}
	}

	private static String script() {
		try {
			return new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The national data set's script is missing: " + SCRIPT, ex);
		}
	}

}
