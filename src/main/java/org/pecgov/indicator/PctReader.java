package org.pecgov.indicator;

import java.util.function.Supplier;

import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures a PCT as a reader of all of it: the features count everyone (an appraiser sees only their own
 * appraisees; an indicator counts every post holder), for the PCT's staff, its SHA's viewers and the nightly job
 * alike. It reads counts only; the user's own authentication comes back when it is done.
 */
final class PctReader {

	private PctReader() {
	}

	static <T> T as(Long organisationId, Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		PecgovPrincipal reader = new PecgovPrincipal(0L, "indicators@pecgov.example", "Indicators", Role.ADMIN,
				organisationId, null, null, false, true, true, null);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reader, null, reader.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
