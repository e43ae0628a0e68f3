package org.pecgov.shared;

/**
 * A write based on a version of a record that someone else has changed since.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String entity, Long id) {
		super(entity + " " + id + " was changed by someone else");
	}

}
