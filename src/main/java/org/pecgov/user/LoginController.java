package org.pecgov.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.pecgov.config.PecgovProperties;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.SecurityConfig;

import org.pecgov.security.SingleSignOn;
import org.pecgov.security.SingleSignOnProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the POST.
 */
@Controller
class LoginController {

	/** The session attribute that keeps the email of a failed login, to show it again. */

	private final PecgovProperties properties;

	private final ObjectProvider<SingleSignOnProperties> sso;

	LoginController(PecgovProperties properties, ObjectProvider<SingleSignOnProperties> sso) {
		this.properties = properties;
		this.sso = sso;
	}

	@ModelAttribute
	void singleSignOn(Model model) {
		SingleSignOnProperties settings = this.sso.getIfAvailable();
		model.addAttribute("ssoEnabled", settings != null && settings.enabled());
		model.addAttribute("ssoLabel", (settings != null) ? settings.label() : null);
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (CurrentUser.find().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("demo", this.properties.isDemoMode());
		model.addAttribute("loginError", request.getParameterMap().containsKey("error"));
		model.addAttribute("loggedOut", request.getParameterMap().containsKey("logout"));
		model.addAttribute("expired", request.getParameterMap().containsKey("expired"));
		model.addAttribute("oneTimeExpired", request.getParameterMap().containsKey("oneTimeExpired"));
		model.addAttribute("codeLocked", request.getParameterMap().containsKey("codeLocked"));
		model.addAttribute("ssoRequired", request.getParameterMap().containsKey("ssoRequired"));
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SecurityConfig.LAST_EMAIL) instanceof String email) {
			model.addAttribute("email", email);
			session.removeAttribute(SecurityConfig.LAST_EMAIL);
		}
		return "login";
	}

	/**
	 * A single sign-on that found no user who may sign in, or that failed: why, and what to do.
	 * @param reason unverified, unknown, disabled or failed
	 */
	@GetMapping(SingleSignOn.REFUSED)
	String refused(@RequestParam(name = "reason", defaultValue = "failed") String reason, Model model,
			HttpServletResponse response) {
		String known = switch (reason) {
			case "unverified", "unknown", "disabled" -> reason;
			default -> "failed";
		};
		model.addAttribute("reason", known);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "account/sso-refused";
	}

}
