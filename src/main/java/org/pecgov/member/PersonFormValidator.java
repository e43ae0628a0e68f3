package org.pecgov.member;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The member form's rules that span fields: a registration needs both body and number, in the body's
 * format; patient-facing days go in halves; a start date lies between the NHS's start and two years
 * ahead.
 */
class PersonFormValidator implements Validator {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	/** The NHS began in 1948: no member started before. */
	static final LocalDate EARLIEST_START = LocalDate.of(1948, 7, 5);

	/** Start dates may be planned, but not further ahead than this. */
	static final int YEARS_AHEAD = 2;

	private final Clock clock;

	PersonFormValidator(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PersonForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PersonForm form = (PersonForm) target;
		RegistrationBody body = form.getRegistrationBody();
		String number = form.getRegistrationNumber();
		if (body != null && number == null && !errors.hasFieldErrors("registrationNumber")) {
			errors.rejectValue("registrationNumber", "person.registrationNumber.required");
		}
		else if (body == null && number != null && !errors.hasFieldErrors("registrationBody")) {
			errors.rejectValue("registrationBody", "person.registrationBody.required");
		}
		else if (body != null && !errors.hasFieldErrors("registrationNumber") && !body.accepts(number)) {
			errors.rejectValue("registrationNumber", "person.registrationNumber.format." + body.name());
		}
		LocalDate start = form.getStartDate();
		if (start != null && !errors.hasFieldErrors("startDate") && (start.isBefore(EARLIEST_START)
				|| start.isAfter(LocalDate.now(this.clock).plusYears(YEARS_AHEAD)))) {
			errors.rejectValue("startDate", "person.startDate.range");
		}
		BigDecimal days = form.getPatientFacingDays();
		if (days != null && !errors.hasFieldErrors("patientFacingDays")
				&& days.multiply(TWO).stripTrailingZeros().scale() > 0) {
			errors.rejectValue("patientFacingDays", "person.patientFacingDays.halves");
		}
		else if (days != null && days.signum() > 0 && Boolean.FALSE.equals(form.getPractising())
				&& !errors.hasFieldErrors("patientFacingDays")) {
			errors.rejectValue("patientFacingDays", "person.patientFacingDays.notPractising");
		}
	}

}
