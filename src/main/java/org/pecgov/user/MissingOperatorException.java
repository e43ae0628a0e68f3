package org.pecgov.user;

/**
 * The start cannot go on: there is no way for anyone to sign in.
 */
class MissingOperatorException extends RuntimeException {

	MissingOperatorException(String message) {
		super(message);
	}

}
