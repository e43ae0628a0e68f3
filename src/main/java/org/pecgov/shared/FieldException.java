package org.pecgov.shared;

/**
 * A rule broken by one field of a form, found by the service (for example a duplicate). The
 * controller shows it beside the field.
 */
public class FieldException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FieldException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
