package org.pecgov.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session whose password was right but whose second factor is still to come (or must first be set up) on
 * the page that asks for it: nothing else of the service opens until then.
 */
public class SecondFactorFilter extends OncePerRequestFilter {

	/**
	 * The session attribute holding the step still to take ({@link SignInStep#CODE} or SETUP_REQUIRED) and whose it
	 * is: {@code CODE:42}.
	 */
	public static final String PENDING = "pecgov.signIn.pending";

	/**
	 * The session attribute holding the user who completed every step of their sign-in. A session whose user is
	 * someone else (two sign-ins raced in one session, each saving what it changed) is ended rather than trusted.
	 */
	public static final String PASSED = "pecgov.signIn.passed";

	public static final String CODE_PAGE = "/login/code";

	public static final String SETUP_PAGE = "/account/two-factor/setup";

	/**
	 * Notes on the session what the user must still do.
	 * @param request the login request
	 * @param step the step the policy asked for
	 */
	public static void require(HttpServletRequest request, SignInStep step) {
		HttpSession session = request.getSession();
		session.removeAttribute(PASSED);
		session.setAttribute(PENDING, step.name() + ":" + CurrentUser.get().getUserId());
	}

	/**
	 * The step is done: the service opens.
	 * @param request the request that did it
	 */
	public static void done(HttpServletRequest request) {
		HttpSession session = request.getSession();
		session.removeAttribute(PENDING);
		session.setAttribute(PASSED, CurrentUser.get().getUserId());
	}

	/**
	 * @param request a request
	 * @return the step still pending on its session, NONE when none
	 */
	public static SignInStep pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object step = (session != null) ? session.getAttribute(PENDING) : null;
		return (step instanceof String value) ? SignInStep.valueOf(value.substring(0, value.indexOf(':'))) : SignInStep.NONE;
	}

	/**
	 * Whether what the session says of its sign-in is about someone other than its user.
	 */
	private static boolean mixed(HttpServletRequest request, Long userId) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		Object step = session.getAttribute(PENDING);
		Object passed = session.getAttribute(PASSED);
		boolean otherPending = step instanceof String value && !value.endsWith(":" + userId);
		boolean otherPassed = passed != null && !passed.equals(userId);
		return otherPending || otherPassed;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PecgovPrincipal user = CurrentUser.find().orElse(null);
		if (user != null && mixed(request, user.getUserId())) {
			new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		SignInStep step = pending(request);
		if (step != SignInStep.NONE && user != null) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (step == SignInStep.CODE && !isAllowed(path, CODE_PAGE)) {
				response.sendRedirect(request.getContextPath() + CODE_PAGE);
				return;
			}
			if (step == SignInStep.SETUP_REQUIRED && !isAllowed(path, SETUP_PAGE)
					&& !path.equals(MustChangePasswordFilter.CHANGE_PASSWORD)) {
				response.sendRedirect(request.getContextPath() + SETUP_PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isAllowed(String path, String page) {
		return path.equals(page) || path.equals("/logout") || path.equals("/error") || path.startsWith("/nhsuk/")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/accessibility");
	}

}
