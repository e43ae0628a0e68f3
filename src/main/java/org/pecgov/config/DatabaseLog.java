package org.pecgov.config;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	DatabaseLog(DataSource dataSource, PecgovProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		try (Connection connection = this.dataSource.getConnection()) {
			var metadata = connection.getMetaData();
			log.info("Database in use: {} {} at {}{}", metadata.getDatabaseProductName(),
					metadata.getDatabaseProductVersion(), metadata.getURL(),
					this.properties.isEmbeddedDatabase() ? " (embedded, data under ./data)" : "");
		}
		catch (SQLException ex) {
			log.warn("Database in use: unknown ({})", ex.getMessage());
		}
	}

}
