package org.pecgov.security;

/**
 * An SHA viewer opened a PCT's page before choosing which PCT to look at.
 */
public class NoPctChosenException extends RuntimeException {

	public NoPctChosenException() {
		super("No PCT chosen");
	}

}
