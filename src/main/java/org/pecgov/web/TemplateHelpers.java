package org.pecgov.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Helpers every template may call.
 */
@ControllerAdvice
class TemplateHelpers {

	private static final FormErrors FORM_ERRORS = new FormErrors();

	@ModelAttribute("formErrors")
	FormErrors formErrors() {
		return FORM_ERRORS;
	}

}
