package org.pecgov.user;

import org.pecgov.security.PecgovPrincipal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins: five in a row lock the account for 15 minutes.
 */
@Component
class LoginAttempts {

	private final UserService users;

	LoginAttempts(UserService users) {
		this.users = users;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof String email) {
			this.users.loginFailed(email.strip());
		}
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PecgovPrincipal principal) {
			this.users.loginSucceeded(principal.getEmail());
		}
	}

}
