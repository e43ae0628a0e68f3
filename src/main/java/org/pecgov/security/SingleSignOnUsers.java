package org.pecgov.security;

/**
 * Finds the pecgov user a single sign-on is for. The user module owns the users; the security module only asks.
 */
public interface SingleSignOnUsers {

	/**
	 * The user whose email the provider vouches for; or, where the operator allows it for the email's domain, a new
	 * PEC member account of that PCT.
	 * @param email the email the provider gave
	 * @param emailVerified whether the provider verified it
	 * @param name the person's name as the provider gave it, or null
	 * @return the user, signed in
	 * @throws Refused when no user may sign in so
	 */
	PecgovPrincipal principalFor(String email, boolean emailVerified, String name);

	/** Why a single sign-on was refused (each has its own explanation on the refusal page). */
	enum Reason {

		/** The provider did not say it verified the email. */
		UNVERIFIED,

		/** No user has the email, and no account may be made for it. */
		UNKNOWN,

		/** The user's account is switched off or locked. */
		DISABLED,

		/** Anything else: the provider refused, the token was not for pecgov, the login took too long. */
		FAILED

	}

	/** A single sign-on no user may make. */
	final class Refused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final Reason reason;

		public Refused(Reason reason) {
			super("Single sign-on refused: " + reason);
			this.reason = reason;
		}

		public Reason getReason() {
			return this.reason;
		}

	}

}
