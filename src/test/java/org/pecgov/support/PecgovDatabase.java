package org.pecgov.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A test on the real PostgreSQL that {@link TestDatabaseConfiguration} chooses, with the demo data
 * and its known password.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(TestDatabaseConfiguration.class)
@TestPropertySource(properties = { "pecgov.embedded-database.enabled=false", "pecgov.demo=true",
		"pecgov.demo-password=" + TestUsers.PASSWORD, "spring.jpa.properties.hibernate.generate_statistics=true",
		"logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn" })
public @interface PecgovDatabase {

}
