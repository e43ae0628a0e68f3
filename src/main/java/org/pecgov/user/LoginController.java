package org.pecgov.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.pecgov.config.PecgovProperties;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.SecurityConfig;

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

	LoginController(PecgovProperties properties) {
		this.properties = properties;
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
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SecurityConfig.LAST_EMAIL) instanceof String email) {
			model.addAttribute("email", email);
			session.removeAttribute(SecurityConfig.LAST_EMAIL);
		}
		return "login";
	}

}
