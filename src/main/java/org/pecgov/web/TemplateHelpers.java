package org.pecgov.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Helpers every template may call.
 */
@ControllerAdvice
class TemplateHelpers {

	private static final FormErrors FORM_ERRORS = new FormErrors();

	private static final Dates DATES = new Dates();

	@ModelAttribute("formErrors")
	FormErrors formErrors() {
		return FORM_ERRORS;
	}

	@ModelAttribute("dates")
	Dates dates() {
		return DATES;
	}

}
