package org.pecgov.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rules broken by the fields of a form, found by the service (for example a duplicate, a date in the future):
 * every one of them at once, so that the controller shows each beside its field.
 */
public class FieldException extends RuntimeException {

	private final List<Problem> problems;

	/**
	 * A rule broken by a field.
	 * @param field the field
	 * @param messageKey the message that says what is wrong
	 * @param arguments the figures the message names, if any
	 */
	public FieldException(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, arguments)));
	}

	/**
	 * Rules broken by several fields.
	 * @param problems the problems, at least one
	 */
	public FieldException(List<Problem> problems) {
		super(problems.stream().map((p) -> p.field() + ": " + p.messageKey()).collect(Collectors.joining(", ")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A FieldException needs a problem");
		}
		this.problems = List.copyOf(problems);
	}

	/** @return the field of the first problem */
	public String getField() {
		return this.problems.get(0).field();
	}

	/** @return the message of the first problem */
	public String getMessageKey() {
		return this.problems.get(0).messageKey();
	}

	/** @return the arguments of the first problem's message */
	public Object[] getArguments() {
		return this.problems.get(0).arguments().clone();
	}

	/** @return every problem, in the order found */
	public List<Problem> getProblems() {
		return this.problems;
	}

	/**
	 * A rule broken by a field.
	 * @param field the field
	 * @param messageKey the message that says what is wrong
	 * @param arguments the figures the message names
	 */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

}
