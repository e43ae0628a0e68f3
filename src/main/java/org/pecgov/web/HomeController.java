package org.pecgov.web;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login, and the pages everyone may read.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		PecgovPrincipal user = CurrentUser.get();
		return switch (user.getRole()) {
			case OPERATOR -> "redirect:/operator";
			case SHA_VIEWER -> "redirect:/sha";
			case MEMBER -> "redirect:/members/" + user.getPersonId();
			default -> "home";
		};
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "accessibility";
	}

}
