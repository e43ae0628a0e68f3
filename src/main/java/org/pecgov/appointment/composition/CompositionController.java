package org.pecgov.appointment.composition;

import org.pecgov.appointment.ballot.BallotService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A committee's composition, and for the PEC its rules met or not met; the terms and skills pages.
 */
@Controller
class CompositionController {

	private final CompositionService composition;

	private final TermsService terms;

	private final SkillsService skills;

	private final BallotService ballots;

	CompositionController(CompositionService composition, TermsService terms, SkillsService skills,
			BallotService ballots) {
		this.composition = composition;
		this.terms = terms;
		this.skills = skills;
		this.ballots = ballots;
	}

	@GetMapping("/committees/{id}/composition")
	String composition(@PathVariable Long id, Model model) {
		model.addAttribute("view", this.composition.composition(id));
		return "committees/composition";
	}

	@GetMapping("/terms")
	String terms(Model model) {
		model.addAttribute("view", this.terms.terms());
		model.addAttribute("ballotsToVote", this.ballots.openBallotsForMe());
		return "terms";
	}

	@GetMapping("/skills")
	String skills(Model model) {
		model.addAttribute("view", this.skills.skills());
		return "skills";
	}

}
