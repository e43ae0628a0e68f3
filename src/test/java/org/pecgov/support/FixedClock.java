package org.pecgov.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Today, for slice tests: 23 November 2026, UK time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

	public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

	@Bean
	Clock clock() {
		return CLOCK;
	}

}
