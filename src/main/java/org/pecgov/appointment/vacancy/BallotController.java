package org.pecgov.appointment.vacancy;

import jakarta.validation.Valid;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.CompositionWarning;
import org.pecgov.appointment.RenewalReasonRequired;
import org.pecgov.appointment.TermForm;
import org.pecgov.appointment.ballot.BallotService;
import org.pecgov.appointment.ballot.BallotView;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinical members' secret ballot for PEC chair, and the PCT chair's confirmation.
 */
@Controller
@RequestMapping("/vacancies/{id}/ballot")
class BallotController {

	/** The choice that does not confirm a single candidate. */
	static final String AGAINST = "against";

	private final BallotService ballots;

	private final VacancyService vacancies;

	private final VacancyPage page;

	BallotController(BallotService ballots, VacancyService vacancies, VacancyPage page) {
		this.ballots = ballots;
		this.vacancies = vacancies;
		this.page = page;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String ballot(@PathVariable Long id, Model model) {
		BallotView ballot = this.ballots.view(id).orElseThrow(() -> new NotFoundException("Ballot", id));
		VacancyView view = this.vacancies.view(id, ballot);
		model.addAttribute("ballot", ballot);
		model.addAttribute("vacancy", view.vacancy());
		model.addAttribute("view", view);
		model.addAttribute("candidates", view.candidates());
		if (!model.containsAttribute("decisionForm")) {
			TermForm decision = new TermForm();
			decision.setVersion(view.vacancy().getVersion());
			model.addAttribute("decisionForm", decision);
		}
		return "vacancies/ballot";
	}

	@PostMapping
	String open(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		try {
			this.ballots.open(id);
		}
		catch (FieldException ex) {
			// no form object: the rule broken is shown in the ballot section of the vacancy page
			model.addAttribute("ballotError", ex.getMessageKey());
			return this.page.render(id, "decision", model);
		}
		Flash.success(redirect, "ballot.opened");
		return "redirect:/vacancies/" + id + "/decision";
	}

	@PostMapping("/vote")
	String vote(@PathVariable Long id, @RequestParam(name = "choice", required = false) String choice, Model model,
			RedirectAttributes redirect) {
		try {
			if (choice == null || choice.isBlank()) {
				throw new FieldException("choice", "ballot.choice.required");
			}
			this.ballots.vote(id, AGAINST.equals(choice) ? null : parse(choice));
		}
		catch (FieldException ex) {
			// no form object: the rule broken is shown beside the ballot paper's choices
			model.addAttribute("voteError", ex.getMessageKey());
			return ballot(id, model);
		}
		Flash.success(redirect, "ballot.voted");
		return "redirect:/vacancies/" + id + "/ballot";
	}

	@PostMapping("/close")
	String close(@PathVariable Long id, @RequestParam("version") long version, Model model,
			RedirectAttributes redirect) {
		try {
			this.ballots.close(id, version);
		}
		catch (FieldException ex) {
			// no form object: the rule broken is shown in the ballot section of the vacancy page
			model.addAttribute("ballotError", ex.getMessageKey());
			return this.page.render(id, "decision", model);
		}
		Flash.success(redirect, "ballot.closed.flash");
		return "redirect:/vacancies/" + id + "/decision";
	}

	@PostMapping("/confirm")
	String confirm(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") TermForm decisionForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (decisionForm.getCandidateId() == null) {
			result.rejectValue("candidateId", "vacancy.decision.candidate");
		}
		if (!result.hasErrors() && !decisionForm.datesPlausible()) {
			result.rejectValue("termStart", "term.dates.implausible");
		}
		try {
			return Forms.submitChecked(result, () -> this.ballots.confirmProblemsOf(id, decisionForm.getCandidateId(),
					decisionForm.getTermStart(), decisionForm.getTermEnd(), decisionForm.getPurpose()), () -> {
				Appointment appointment = this.ballots.confirm(id, decisionForm.getCandidateId(),
						decisionForm.getReasons(), decisionForm.toCommand());
				Flash.success(redirect, "ballot.confirmed");
				return "redirect:/appointments/" + appointment.getId();
			}, (ex) -> {
				Forms.reject(result, ex);
				if (ex instanceof RenewalReasonRequired renewal) {
					model.addAttribute("renewalConditions", renewal.getConditions());
				}
			}, () -> ballot(id, model));
		}
		catch (CompositionWarning warning) {
			model.addAttribute("warning", warning.getBroken());
			return ballot(id, model);
		}
	}

	private static Long parse(String choice) {
		try {
			return Long.valueOf(choice);
		}
		catch (NumberFormatException ex) {
			throw new FieldException("choice", "ballot.choice.invalid");
		}
	}

}
