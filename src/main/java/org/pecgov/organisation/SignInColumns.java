package org.pecgov.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a PCT asks of its users' sign-in (issue 17 §3 and §4): a second factor for everyone (administrators always
 * need one), and single sign-on instead of a password.
 */
@Embeddable
class SignInColumns {

	@Column(name = "require_second_factor", nullable = false)
	private boolean requireSecondFactor;

	@Column(name = "require_single_sign_on", nullable = false)
	private boolean requireSingleSignOn;

	void set(SignInColumns values) {
		this.requireSecondFactor = values.requireSecondFactor;
		this.requireSingleSignOn = values.requireSingleSignOn;
	}

	boolean isRequireSecondFactor() {
		return this.requireSecondFactor;
	}

	void setRequireSecondFactor(boolean requireSecondFactor) {
		this.requireSecondFactor = requireSecondFactor;
	}

	boolean isRequireSingleSignOn() {
		return this.requireSingleSignOn;
	}

	void setRequireSingleSignOn(boolean requireSingleSignOn) {
		this.requireSingleSignOn = requireSingleSignOn;
	}

}
