package org.pecgov.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Shows an audited value as people read it: enum constants by their labels, yes and no, dates in words.
 * Every page's model has it as {@code auditValues}.
 */
@ControllerAdvice
public class AuditValues {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final MessageSource messages;

	AuditValues(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("auditValues")
	AuditValues auditValues() {
		return this;
	}

	/**
	 * The label of a changed field.
	 * @param entityType e.g. Person
	 * @param field the field
	 * @return its label, or the field's name when it has none
	 */
	public String field(String entityType, String field) {
		String label = message("audit.field." + entityType + "." + field, null);
		if (label == null) {
			label = message("audit.field.any." + field, null);
		}
		return (label != null) ? label : humanise(field);
	}

	/**
	 * A field's name in words, for a field with no label of its own: periodTo → "Period to", personId → "Person".
	 * @param field the field's name
	 * @return its words
	 */
	static String humanise(String field) {
		String name = field.endsWith("Id") && field.length() > 2 ? field.substring(0, field.length() - 2) : field;
		String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
		return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * A changed value as people read it.
	 * @param entityType e.g. Person
	 * @param field the field
	 * @param value the value as recorded, or null
	 * @return the value to show
	 */
	public String value(String entityType, String field, String value) {
		if (value == null) {
			return message("audit.value.none", "");
		}
		if (value.equals("true") || value.equals("false")) {
			return message(value.equals("true") ? "common.yes" : "common.no", value);
		}
		String enumType = message("audit.enum." + entityType + "." + field, null);
		if (enumType != null) {
			return message(enumType + "." + value, value);
		}
		try {
			return LocalDate.parse(value).format(DATE);
		}
		catch (DateTimeParseException ex) {
			// not a date
		}
		try {
			return TIME.format(Instant.parse(value));
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	private String message(String code, String otherwise) {
		return this.messages.getMessage(code, null, otherwise, LocaleContextHolder.getLocale());
	}

}
