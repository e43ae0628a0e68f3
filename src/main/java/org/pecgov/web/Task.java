package org.pecgov.web;

/**
 * A stage of work in stages, as the NHS task list shows it (fragment {@code fragments/tasks :: taskList}).
 *
 * @param nameKey the stage's name, a message key
 * @param hintKey what it involves, a message key, or null
 * @param href where it is done, or null when the user may not do it (or not yet)
 * @param status how far it has got
 */
public record Task(String nameKey, String hintKey, String href, Status status) {

	/** How far a stage has got; its words are task.status.NAME. */
	public enum Status {
		/** It waits for an earlier stage. */
		CANNOT_START,
		/** It can start. */
		NOT_STARTED,
		/** It has started. */
		IN_PROGRESS,
		/** It is done. */
		COMPLETED
	}

}
