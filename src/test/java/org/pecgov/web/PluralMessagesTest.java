package org.pecgov.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts in messages agree with their nouns: "1 GP", "2 GPs", never "GP(s)".
 */
class PluralMessagesTest {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	PluralMessagesTest() {
		this.messages.setBasename("messages");
		this.messages.setDefaultEncoding("UTF-8");
	}

	@Test
	void compositionCountsAgreeWithTheirNouns() {
		assertThat(say("composition.GP.met", 1, 1)).startsWith("1 GP among");
		assertThat(say("composition.GP.notMet", 0, 1)).startsWith("0 GPs among");
		assertThat(say("composition.LOCAL_AUTHORITY.met", 2, 0, 2)).startsWith("2 local authority members:");
		assertThat(say("composition.BOARD_SEATS.met", 1, 1, 1, 2)).contains("1 other clinical member sit");
		assertThat(say("composition.CLINICAL_PRACTISING.met", "", new BigDecimal("2.5")))
			.contains("at least 2.5 patient-facing days a week");
		assertThat(say("composition.CLINICAL_PRACTISING.notMet", "Dr Hart", BigDecimal.ONE))
			.contains("fewer than 1 patient-facing day a week: Dr Hart");
	}

	private String say(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.UK);
	}

}
