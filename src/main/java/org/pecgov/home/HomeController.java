package org.pecgov.home;

import java.util.List;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login: the user's work, most pressing first, each with a link to where it is done; for
 * an administrator of a PCT not yet set up, the set-up task list.
 */
@Controller
class HomeController {

	private final HomeService home;

	HomeController(HomeService home) {
		this.home = home;
	}

	@GetMapping("/")
	String home(Model model) {
		PecgovPrincipal user = CurrentUser.get();
		return switch (user.getRole()) {
			case OPERATOR -> "redirect:/operator";
			case SHA_VIEWER -> "redirect:/sha";
			default -> {
				model.addAttribute("notices", this.home.work());
				List<SetUpTask> tasks = (user.getRole() == Role.ADMIN) ? this.home.setUp() : List.of();
				boolean settingUp = tasks.stream().anyMatch((t) -> t.status() != SetUpTask.Status.DONE);
				model.addAttribute("setUp", settingUp ? tasks : List.of());
				model.addAttribute("setUpDone", tasks.stream().filter((t) -> t.status() == SetUpTask.Status.DONE).count());
				yield "home";
			}
		};
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "accessibility";
	}

}
