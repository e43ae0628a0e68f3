package org.pecgov.home;

import java.util.List;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login, with the user's reminders, and the pages everyone may read.
 */
@Controller
class HomeController {

	private final ObjectProvider<HomeNotice.Source> sources;

	HomeController(ObjectProvider<HomeNotice.Source> sources) {
		this.sources = sources;
	}

	@GetMapping("/")
	String home(Model model) {
		PecgovPrincipal user = CurrentUser.get();
		return switch (user.getRole()) {
			case OPERATOR -> "redirect:/operator";
			case SHA_VIEWER -> "redirect:/sha";
			default -> {
				List<HomeNotice> notices = this.sources.orderedStream()
					.flatMap((source) -> source.forCurrentUser().stream())
					.toList();
				model.addAttribute("notices", notices);
				yield "home";
			}
		};
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "accessibility";
	}

}
