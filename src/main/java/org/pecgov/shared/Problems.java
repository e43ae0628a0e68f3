package org.pecgov.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule a command breaks, so that a service reports them all at once rather than the first.
 */
public final class Problems {

	private final List<FieldException.Problem> found = new ArrayList<>();

	/**
	 * Notes a problem when a condition holds.
	 * @param broken whether the rule is broken
	 * @param field the field
	 * @param messageKey the message that says what is wrong
	 * @param arguments the figures the message names
	 * @return these problems
	 */
	public Problems when(boolean broken, String field, String messageKey, Object... arguments) {
		if (broken) {
			this.found.add(new FieldException.Problem(field, messageKey, arguments));
		}
		return this;
	}

	/** @return the problems found, in order */
	public List<FieldException.Problem> list() {
		return List.copyOf(this.found);
	}

	/**
	 * Throws problems a service's rules found, all at once, if there are any.
	 * @param problems the problems
	 * @throws FieldException with every problem
	 */
	public static void refuse(List<FieldException.Problem> problems) {
		if (!problems.isEmpty()) {
			throw new FieldException(problems);
		}
	}

	/**
	 * Throws every problem found at once, if any.
	 * @throws FieldException with every problem
	 */
	public void throwIfAny() {
		refuse(this.found);
	}

}
