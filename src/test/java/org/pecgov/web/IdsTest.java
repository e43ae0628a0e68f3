package org.pecgov.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {

	@ParameterizedTest
	@ValueSource(strings = { "12", " 12 ", "012" })
	void aWholeNumberNamesARecord(String text) {
		assertThat(Ids.of(text)).isEqualTo(12L);
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", " ", "abc", "-1", "1 or 1=1", "1.5", "٣", "9999999999999999999" })
	void anythingElseNamesNone(String text) {
		assertThat(Ids.of(text)).isNull();
	}

}
