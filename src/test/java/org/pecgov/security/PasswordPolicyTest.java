package org.pecgov.security;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "", "short", "elevenchars" })
	void refusesFewerThanTwelveCharacters(String password) {
		assertThat(this.policy.problem(password)).contains("password.tooShort");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "PASSWORD1234", "123456789012", "qwertyuiop123", "aaaaaaaaaaaa",
			"abababababab" })
	void refusesCommonOrRepetitivePasswords(String password) {
		assertThat(this.policy.problem(password)).contains("password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "plum orchard lantern 42", "Tr1cky-but-long" })
	void acceptsLongUncommonPasswords(String password) {
		assertThat(this.policy.problem(password)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 73, 100, 128 })
	void refusesPasswordsLongerThanBcryptReads(int length) {
		assertThat(this.policy.problem("Ab1-".repeat(40).substring(0, length))).contains("password.tooLong");
	}

	@Test
	void countsBytesNotCharacters() {
		assertThat(this.policy.problem("Ab1-".repeat(18))).isEmpty();
		assertThat(this.policy.problem("é".repeat(37))).contains("password.tooLong");
	}

	@RepeatedTest(20)
	void generatesPasswordsThatItAccepts() {
		String password = this.policy.generate();

		assertThat(password).hasSize(16);
		assertThat(this.policy.problem(password)).isEmpty();
	}

}
