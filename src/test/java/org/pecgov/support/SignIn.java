package org.pecgov.support;

import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs a principal in on the test's thread, for service-level integration tests.
 */
public final class SignIn {

	private SignIn() {
	}

	public static void as(Role role, long organisationId, Long personId) {
		PecgovPrincipal principal = TestUsers.of(role, organisationId, personId);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.getAuthorities()));
	}

	public static void out() {
		SecurityContextHolder.clearContext();
	}

}
