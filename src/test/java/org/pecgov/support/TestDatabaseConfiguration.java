package org.pecgov.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that chooses the tests' PostgreSQL: SPRING_DATASOURCE_URL when set; else a
 * Testcontainers PostgreSQL where Docker runs; else an embedded PostgreSQL, shared by every test
 * of the JVM.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(UseTestcontainers.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine");
	}

	@Bean
	@Conditional(UseEmbedded.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails() {
		String url = SharedEmbeddedPostgres.get().getJdbcUrl("postgres", "postgres");
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

	static boolean urlGiven(ConditionContext context) {
		String url = context.getEnvironment().getProperty("spring.datasource.url");
		return url != null && !url.isBlank();
	}

	static final class UseTestcontainers implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !urlGiven(context) && DockerAvailability.AVAILABLE;
		}

	}

	static final class UseEmbedded implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !urlGiven(context) && !DockerAvailability.AVAILABLE;
		}

	}

	static final class DockerAvailability {

		static final boolean AVAILABLE = check();

		private static boolean check() {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

	static final class SharedEmbeddedPostgres {

		private static EmbeddedPostgres instance;

		static synchronized EmbeddedPostgres get() {
			if (instance == null) {
				try {
					instance = EmbeddedPostgres.builder().start();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				EmbeddedPostgres started = instance;
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						started.close();
					}
					catch (IOException ex) {
						// the JVM is ending anyway
					}
				}));
			}
			return instance;
		}

	}

}
