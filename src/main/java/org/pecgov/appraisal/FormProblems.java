package org.pecgov.appraisal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with the fields of one of the appraisal pages' forms, which are not bound objects: every
 * field is read and each problem kept, in the form's order, so that all are shown at once.
 */
final class FormProblems extends RuntimeException {

	private final transient Map<String, String> byField = new LinkedHashMap<>();

	FormProblems() {
		super(null, null, false, false);
	}

	/**
	 * Records a problem with a field, unless it already has one.
	 * @param field the field's name and id
	 * @param messageKey what is wrong
	 */
	void add(String field, String messageKey) {
		this.byField.putIfAbsent(field, messageKey);
	}

	/**
	 * Every problem of a rule a service found broken, by field (the first for each field).
	 * @param ex the broken rules
	 * @return the message of each field
	 */
	static Map<String, String> byField(org.pecgov.shared.FieldException ex) {
		FormProblems problems = new FormProblems();
		problems.addAll(ex.getProblems());
		return problems.byField();
	}

	/**
	 * Records problems that a service's rules found, each unless its field already has one.
	 * @param problems the problems
	 */
	void addAll(java.util.List<org.pecgov.shared.FieldException.Problem> problems) {
		problems.forEach((problem) -> add(problem.field(), problem.messageKey()));
	}

	/**
	 * Text of at most some characters, stripped; blank is null.
	 * @param text as typed
	 * @param max the most characters
	 * @param field the field
	 * @param requiredKey the message when it is required and blank, or null when it is optional
	 * @return the text, or null
	 */
	String text(String text, int max, String field, String requiredKey) {
		if (text == null || text.isBlank()) {
			if (requiredKey != null) {
				add(field, requiredKey);
			}
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			add(field, "appraisal.tooLong." + field);
			return null;
		}
		return stripped;
	}

	/**
	 * A required date, as a date field sends it.
	 * @param text as sent
	 * @param field the field
	 * @return the date, or null when it is missing or not a real date
	 */
	LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			add(field, "appraisal.date.required");
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			String parts = org.pecgov.web.DateParts.messageKey(text.strip());
			add(field, (parts != null) ? parts : "appraisal.date.invalid");
			return null;
		}
	}

	/**
	 * Throws this when a problem was found.
	 */
	void throwIfAny() {
		if (!this.byField.isEmpty()) {
			throw this;
		}
	}

	Map<String, String> byField() {
		return Collections.unmodifiableMap(this.byField);
	}

}
