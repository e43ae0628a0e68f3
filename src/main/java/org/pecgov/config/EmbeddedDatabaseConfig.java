package org.pecgov.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without SPRING_DATASOURCE_URL, the run command starts a real PostgreSQL of its own whose data is
 * kept under ./data, so a newcomer needs no database set-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${pecgov.embedded-database.enabled:true}")
class EmbeddedDatabaseConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${pecgov.embedded-database.directory:data/postgres}") String directory,
			PecgovProperties properties) throws IOException {
		Path dataDirectory = Path.of(directory).toAbsolutePath();
		Files.createDirectories(dataDirectory);
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				// durable, unlike the library's defaults for tests (fsync off, commits acknowledged before they
				// are written): an acknowledged save survives a crash of the machine
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.start();
			properties.setEmbeddedDatabase(true);
			log.info("Database: embedded PostgreSQL on port {} with its data in {}", postgres.getPort(),
					dataDirectory);
			return postgres;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The embedded PostgreSQL did not start (data in " + dataDirectory
					+ "). Set SPRING_DATASOURCE_URL to use another PostgreSQL.", ex);
		}
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

}
