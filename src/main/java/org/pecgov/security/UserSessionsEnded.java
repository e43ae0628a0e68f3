package org.pecgov.security;

/**
 * A user's rights or password changed: their open sessions must end, on every instance.
 * @param email the user's email (the sessions' principal name)
 * @param keepSessionId the session to keep (the one that changed its own password), or null to end all
 */
public record UserSessionsEnded(String email, String keepSessionId) {

	public UserSessionsEnded(String email) {
		this(email, null);
	}

}
