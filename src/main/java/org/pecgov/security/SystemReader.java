package org.pecgov.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads a PCT as a reader of all of it, for what the system does itself: the indicators (an appraiser sees only
 * their own appraisees; an indicator counts every post holder) and the daily reminders. The user's own
 * authentication, if any, comes back when it is done.
 */
public final class SystemReader {

	private SystemReader() {
	}

	/**
	 * Does some work as a reader of all of a PCT.
	 * @param <T> what the work returns
	 * @param organisationId the PCT
	 * @param work the work
	 * @return what it returns
	 */
	public static <T> T as(Long organisationId, Supplier<T> work) {
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
