package org.pecgov.config;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start which database is in use.
 */
@Component
class DatabaseLog {

	private static final Logger log = LoggerFactory.getLogger(DatabaseLog.class);

	private final DataSource dataSource;

	private final PecgovProperties properties;

	private final String directory;

	DatabaseLog(DataSource dataSource, PecgovProperties properties,
			@Value("${pecgov.embedded-database.directory:data/postgres}") String directory) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.directory = directory;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		try (Connection connection = this.dataSource.getConnection()) {
			var metadata = connection.getMetaData();
			log.info("Database in use: {} {} at {}{}", metadata.getDatabaseProductName(),
					metadata.getDatabaseProductVersion(), metadata.getURL(),
					where(this.properties.isEmbeddedDatabase(), this.directory));
		}
		catch (SQLException ex) {
			log.warn("Database in use: unknown ({})", ex.getMessage());
		}
	}

	/**
	 * Where the data lives, for the log: the embedded database's directory as configured
	 * ({@code PECGOV_DATA_DIR}), nothing for an external database.
	 * @param embedded whether the database is the embedded one
	 * @param directory its data directory
	 * @return the words to add to the log line
	 */
	static String where(boolean embedded, String directory) {
		return embedded ? " (embedded, data in " + Path.of(directory).toAbsolutePath() + ")" : "";
	}

}
