package org.pecgov.security;

/**
 * What a user who has just given the right password must do before the service opens (issue 17 §4).
 */
public enum SignInStep {

	/** Nothing more: home. */
	NONE,

	/** Give the code of their authenticator app, or a recovery code. */
	CODE,

	/** Their role or PCT asks for a second factor; they may still set it up later (until their date). */
	SETUP_OFFERED,

	/** Their role or PCT asks for a second factor and the time to set it up has passed. */
	SETUP_REQUIRED,

	/** Their PCT asks them to sign in through single sign-on: the password is refused. */
	SSO_REQUIRED

}
