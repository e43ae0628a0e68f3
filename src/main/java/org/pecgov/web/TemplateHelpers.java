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

	private static final DateInputs DATE_INPUTS = new DateInputs();

	private static final FieldLimits FIELD_LIMITS = new FieldLimits();

	private static final Breadcrumbs CRUMBS = new Breadcrumbs();

	@ModelAttribute("formErrors")
	FormErrors formErrors() {
		return FORM_ERRORS;
	}

	@ModelAttribute("dates")
	Dates dates() {
		return DATES;
	}

	@ModelAttribute("dateInputs")
	DateInputs dateInputs() {
		return DATE_INPUTS;
	}

	@ModelAttribute("crumbs")
	Breadcrumbs crumbs() {
		return CRUMBS;
	}

	@ModelAttribute("fieldLimits")
	FieldLimits fieldLimits() {
		return FIELD_LIMITS;
	}

	/**
	 * On a PCT's public pages, the address of its public home, where the NHS logo leads (not the staff login).
	 * @param request the request
	 * @return e.g. /public/NSH, or null off the public pages
	 */
	@ModelAttribute("publicHome")
	String publicHome(jakarta.servlet.http.HttpServletRequest request) {
		java.util.regex.Matcher matcher = PUBLIC_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		return matcher.matches() ? "/public/" + matcher.group(1).toUpperCase(java.util.Locale.ROOT) : null;
	}

	private static final java.util.regex.Pattern PUBLIC_PAGE = java.util.regex.Pattern.compile("/public/([A-Za-z0-9]{1,10})(/.*)?");

}
