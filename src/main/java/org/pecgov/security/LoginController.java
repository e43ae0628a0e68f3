package org.pecgov.security;

import org.pecgov.config.PecgovProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
	String login(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "logout", required = false) String logout, Model model) {
		if (CurrentUser.find().isPresent()) {
			return "redirect:/";
		}
		model.addAttribute("demo", this.properties.isDemoMode());
		model.addAttribute("loginError", error != null);
		model.addAttribute("loggedOut", logout != null);
		return "login";
	}

}
