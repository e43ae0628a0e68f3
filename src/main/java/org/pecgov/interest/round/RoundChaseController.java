package org.pecgov.interest.round;

import org.pecgov.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Chase everyone who has not made a return", on the register of interests.
 */
@Controller
class RoundChaseController {

	private final RoundChase chase;

	RoundChaseController(RoundChase chase) {
		this.chase = chase;
	}

	@PostMapping("/interests/round/chase")
	String chase(RedirectAttributes redirect) {
		this.chase.chase()
			.ifPresentOrElse(
					(done) -> Flash.success(redirect, "round.chased", String.valueOf(done.chased()),
							String.valueOf(done.recently())),
					() -> Flash.success(redirect, "round.chase.notOpen"));
		return "redirect:/interests";
	}

}
