package org.pecgov.security;

import jakarta.servlet.http.HttpServletRequest;

import org.pecgov.config.PecgovProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Spring Security handles the POST.
 */
@Controller
class LoginController {

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
		return "login";
	}

}
