package org.pecgov.member;

import java.math.BigDecimal;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The member form's rules that span fields: a registration needs both body and number, in the body's
 * format; patient-facing days go in halves.
 */
class PersonFormValidator implements Validator {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

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
		BigDecimal days = form.getPatientFacingDays();
		if (days != null && !errors.hasFieldErrors("patientFacingDays")
				&& days.multiply(TWO).stripTrailingZeros().scale() > 0) {
			errors.rejectValue("patientFacingDays", "person.patientFacingDays.halves");
		}
	}

}
