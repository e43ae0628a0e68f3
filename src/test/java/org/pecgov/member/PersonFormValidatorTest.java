package org.pecgov.member;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class PersonFormValidatorTest {

	private final PersonFormValidator validator = new PersonFormValidator();

	@Test
	void acceptsAValidRegistration() {
		assertThat(validate(form(RegistrationBody.GMC, "1234567", "2.5")).hasErrors()).isFalse();
	}

	@Test
	void acceptsNoRegistrationAtAll() {
		assertThat(validate(form(null, null, "0")).hasErrors()).isFalse();
	}

	@Test
	void wantsANumberForABody() {
		assertThat(validate(form(RegistrationBody.NMC, null, "1")).getFieldError("registrationNumber").getCode())
			.isEqualTo("person.registrationNumber.required");
	}

	@Test
	void wantsABodyForANumber() {
		assertThat(validate(form(null, "1234567", "1")).getFieldError("registrationBody").getCode())
			.isEqualTo("person.registrationBody.required");
	}

	@Test
	void namesTheBodysFormatWhenTheNumberBreaksIt() {
		assertThat(validate(form(RegistrationBody.GMC, "123456", "1")).getFieldError("registrationNumber").getCode())
			.isEqualTo("person.registrationNumber.format.GMC");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.25", "1.1", "4.75" })
	void wantsWholeOrHalfDays(String days) {
		assertThat(validate(form(null, null, days)).getFieldError("patientFacingDays").getCode())
			.isEqualTo("person.patientFacingDays.halves");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.5", "2.50", "5" })
	void acceptsWholeAndHalfDays(String days) {
		assertThat(validate(form(null, null, days)).hasFieldErrors("patientFacingDays")).isFalse();
	}

	private Errors validate(PersonForm form) {
		Errors errors = new BeanPropertyBindingResult(form, "personForm");
		this.validator.validate(form, errors);
		return errors;
	}

	private static PersonForm form(RegistrationBody body, String number, String days) {
		PersonForm form = PersonForm.empty();
		form.setRegistrationBody(body);
		form.setRegistrationNumber(number);
		form.setPatientFacingDays(new BigDecimal(days));
		return form;
	}

}
