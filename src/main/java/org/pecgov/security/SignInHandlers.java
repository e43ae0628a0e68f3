package org.pecgov.security;

import java.io.IOException;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Where a login, a refused login, a signed-out request and a refused request lead.
 */
final class SignInHandlers {

	private SignInHandlers() {
	}

	/**
	 * Home, having noted on the session when, where from and with what browser it signed in (for My account); or,
	 * when the user has a second factor (or must set one up), to the page that asks for it first.
	 */
	static void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			SignInPolicy policy) throws IOException {
		SignInStep step = (policy != null && authentication.getPrincipal() instanceof PecgovPrincipal principal)
				? policy.afterPassword(principal) : SignInStep.NONE;
		if (step == SignInStep.SSO_REQUIRED) {
			new SecurityContextLogoutHandler().logout(request, response, authentication);
			response.sendRedirect(request.getContextPath() + "/login?ssoRequired");
			return;
		}
		UserSessions.signedIn(request, Instant.now());
		String next = switch (step) {
			case CODE -> SecondFactorFilter.CODE_PAGE;
			case SETUP_REQUIRED -> SecondFactorFilter.SETUP_PAGE;
			case SETUP_OFFERED -> "/account/two-factor?due";
			case NONE, SSO_REQUIRED -> "/";
		};
		if (step == SignInStep.CODE || step == SignInStep.SETUP_REQUIRED) {
			SecondFactorFilter.require(request, step);
		}
		else {
			SecondFactorFilter.done(request);
		}
		response.sendRedirect(request.getContextPath() + next);
	}

	/**
	 * Back to the login page, keeping the email address typed (never the password); a one-time password
	 * that has expired is said so (only once the password was right).
	 */
	static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof CredentialsExpiredException) {
			response.sendRedirect(request.getContextPath() + "/login?oneTimeExpired");
			return;
		}
		String email = request.getParameter("username");
		if (email != null) {
			request.getSession().setAttribute(SecurityConfig.LAST_EMAIL,
					email.strip().substring(0, Math.min(email.strip().length(), 254)));
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/**
	 * To the login page; a form sent once the session has ended says so there (its token, kept in a cookie,
	 * may well still be good).
	 */
	static void signIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		boolean formSent = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
		response.sendRedirect(request.getContextPath() + (formSent ? "/login?expired" : "/login"));
	}

	/**
	 * A form sent with a missing or old CSRF token usually means the session ended: a signed-out user is
	 * asked to log in again; a signed-in one is told the form expired. Anything else is the 403 page.
	 */
	static void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			if (CurrentUser.find().isEmpty()) {
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			request.setAttribute("formExpired", Boolean.TRUE);
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
