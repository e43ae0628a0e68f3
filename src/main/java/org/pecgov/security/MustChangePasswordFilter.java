package org.pecgov.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a user whose password was set by someone else (a one-time password) to change it first.
 */
public class MustChangePasswordFilter extends OncePerRequestFilter {

	public static final String CHANGE_PASSWORD = "/account/password";

	public static final String AWAITING_LINK = "/account/awaiting-link";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean mustChange = CurrentUser.find().map(PecgovPrincipal::isMustChangePassword).orElse(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (mustChange && !isAllowed(path)) {
			response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
			return;
		}
		// a member's account made through single sign-on opens nothing until an administrator links it to a person
		boolean unlinked = CurrentUser.find().filter((p) -> p.getRole() == Role.MEMBER && p.getPersonId() == null).isPresent();
		if (unlinked && !path.equals(AWAITING_LINK) && !isAllowed(path)) {
			response.sendRedirect(request.getContextPath() + AWAITING_LINK);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isAllowed(String path) {
		return path.equals(CHANGE_PASSWORD) || path.equals("/logout") || path.equals("/error")
				|| path.startsWith("/nhsuk/") || path.startsWith("/chartjs/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.equals("/accessibility");
	}

}
