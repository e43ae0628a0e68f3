package org.pecgov.security;

/**
 * Decides, once a password was right, what else the user must do: give a second factor, set one up, or use single
 * sign-on instead. The user module owns the factors and the rules; the security module only asks.
 */
public interface SignInPolicy {

	/**
	 * @param principal the user whose password was right
	 * @return what they must do next
	 */
	SignInStep afterPassword(PecgovPrincipal principal);

}
