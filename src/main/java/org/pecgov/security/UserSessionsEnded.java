package org.pecgov.security;

/**
 * A user's rights or password changed: their open sessions must end, on every instance.
 * @param email the user's email (the sessions' principal name)
 */
public record UserSessionsEnded(String email) {
}
