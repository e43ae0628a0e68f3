package org.pecgov.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on PostgreSQL with the demo data, driven through MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "pecgov.outbox.initial-delay=P1D", "pecgov.reminders.cron=-", "pecgov.breaches.cron=-", "pecgov.digest.cron=-" })
@AutoConfigureMockMvc
@PecgovDatabase
public @interface IntegrationTest {

}
