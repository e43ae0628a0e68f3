package org.pecgov.member;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class PersonFormValidatorTest {

	private final PersonFormValidator validator = new PersonFormValidator(
			Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")));

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

	@ParameterizedTest
	@ValueSource(strings = { "0001-01-01", "1948-07-04", "2028-11-24", "+10000-01-01", "+999999999-12-31" })
	void refusesImplausibleStartDates(String date) {
		PersonForm form = form(null, null, "0");
		form.setStartDate(LocalDate.parse(date));

		assertThat(validate(form).getFieldError("startDate").getCode()).isEqualTo("person.startDate.range");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1948-07-05", "2006-04-01", "2028-11-23" })
	void acceptsStartDatesFromTheNhsToTwoYearsAhead(String date) {
		PersonForm form = form(null, null, "0");
		form.setStartDate(LocalDate.parse(date));

		assertThat(validate(form).hasFieldErrors("startDate")).isFalse();
	}

	@Test
	void someoneNotPractisingHasNoPatientFacingDays() {
		PersonForm notPractising = form(null, null, "2.5");
		notPractising.setPractising(false);
		PersonForm none = form(null, null, "0");
		none.setPractising(false);
		PersonForm practising = form(null, null, "2.5");
		practising.setPractising(true);

		assertThat(validate(notPractising).getFieldError("patientFacingDays").getCode())
			.isEqualTo("person.patientFacingDays.notPractising");
		assertThat(validate(none).hasErrors()).isFalse();
		assertThat(validate(practising).hasErrors()).isFalse();
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
		// someone with patient-facing days practises
		form.setPractising(new BigDecimal(days).signum() > 0);
		return form;
	}

}
