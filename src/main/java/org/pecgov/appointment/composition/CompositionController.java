package org.pecgov.appointment.composition;

import java.util.List;
import java.util.Locale;

import org.pecgov.appointment.ballot.BallotService;
import org.pecgov.web.ChartSpec;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	CompositionController(CompositionService composition, TermsService terms, SkillsService skills,
			BallotService ballots, MessageSource messages) {
		this.messages = messages;
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
		TermsView view = this.terms.terms();
		model.addAttribute("view", view);
		model.addAttribute("forecastChart", forecastChart(view));
		model.addAttribute("ballotsToVote", this.ballots.openBallotsForMe());
		return "terms";
	}

	@GetMapping("/skills")
	String skills(Model model) {
		model.addAttribute("view", this.skills.skills());
		return "skills";
	}

	/**
	 * The terms ending in each quarter as bars: all terms, and the clinical members' terms, red in a quarter in which
	 * more than half of the clinical members leave (a cliff edge).
	 */
	private ChartSpec forecastChart(TermsView view) {
		List<String> labels = view.quarters()
			.stream()
			.map((q) -> this.messages.getMessage("terms.quarter.label", new Object[] { q.number(), q.year() },
					LocaleContextHolder.getLocale()))
			.toList();
		List<Number> all = view.quarters().stream().map((q) -> (Number) q.endings()).toList();
		List<Number> clinical = view.quarters().stream().map((q) -> (Number) q.clinicalEndings()).toList();
		List<String> colours = view.quarters()
			.stream()
			.map((q) -> TermsView.cliffEdge(q, view.clinicalCount()) ? ChartSpec.RED : ChartSpec.YELLOW)
			.toList();
		Locale locale = LocaleContextHolder.getLocale();
		return new ChartSpec("bar", labels,
				List.of(new ChartSpec.Dataset(this.messages.getMessage("terms.endings", null, locale), all,
						List.of(ChartSpec.BLUE)),
						new ChartSpec.Dataset(this.messages.getMessage("terms.clinicalEndings", null, locale), clinical,
								colours)),
				false, false);
	}

}
