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

	@Test
	void shipsAListOfAtLeastOneHundredThousandBreachedPasswords() {
		assertThat(this.policy.breachedCount()).isGreaterThanOrEqualTo(PasswordPolicy.MIN_BREACHED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "iloveyou1234", "Liverpool1892", "manchesterunited", "1qaz2wsx3edc4rfv" })
	void refusesBreachedPasswordsOfTwelveCharactersOrMore(String password) {
		assertThat(this.policy.problem(password)).contains("password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "kate.lindley garden 7", "Lindley-rules-2026", "northshire forever 12", "my NSHPCT password 99", "NSHzebra-lamp-99",
			"lindley@nhs plum orchard" })
	void refusesTheUsersOwnEmailNameOrPct(String password) {
		assertThat(this.policy.problem(password,
				java.util.Arrays.asList("kate.lindley@northshire.example", "Kate Lindley", "Northshire PCT", "NSH")))
			.contains("password.personal");
	}

	@Test
	void aPersonalCheckStillAppliesTheOtherRulesFirstAndSkipsShortOrCommonWords() {
		var personal = java.util.Arrays.asList("al@x.example", "Al Li", "North Care Trust", null);
		assertThat(this.policy.problem("short", personal)).contains("password.tooShort");
		assertThat(this.policy.problem("trust care north plum 42", personal)).isEmpty();
	}

	@RepeatedTest(20)
	void generatesPasswordsThatItAccepts() {
		String password = this.policy.generate();

		assertThat(password).hasSize(16);
		assertThat(this.policy.problem(password)).isEmpty();
	}

}
