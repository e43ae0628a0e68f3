package org.pecgov.shared;

/**
 * A record that does not exist, or that the current user's organisation does not own. Both look
 * the same to the user: the 404 page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
