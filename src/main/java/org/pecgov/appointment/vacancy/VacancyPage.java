package org.pecgov.appointment.vacancy;

import java.time.Clock;
import java.time.LocalDate;

import org.pecgov.appointment.TermForm;
import org.pecgov.appointment.ballot.BallotService;
import org.pecgov.appointment.renewal.RenewalService;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a vacancy's page, which several controllers render again with their form's errors.
 */
@Component
class VacancyPage {

	static final String VIEW = "vacancies/show";

	private final VacancyService vacancies;

	private final BallotService ballots;

	private final PersonService people;

	private final RenewalService renewals;

	private final Clock clock;

	VacancyPage(VacancyService vacancies, BallotService ballots, PersonService people, RenewalService renewals,
			Clock clock) {
		this.vacancies = vacancies;
		this.ballots = ballots;
		this.people = people;
		this.renewals = renewals;
		this.clock = clock;
	}

	String render(Long id, Model model) {
		VacancyView view = this.vacancies.view(id, this.ballots.view(id).orElse(null));
		model.addAttribute("view", view);
		Role role = CurrentUser.get().getRole();
		boolean admin = role == Role.ADMIN;
		if (admin) {
			model.addAttribute("people", this.people.activePeople());
		}
		if (admin || role == Role.CHAIR) {
			model.addAttribute("formerTerms", this.renewals.recentTermsIn(view.vacancy().getPostId()));
		}
		if (!model.containsAttribute("candidateForm")) {
			model.addAttribute("candidateForm", new VacancyForms.AddCandidate());
		}
		if (!model.containsAttribute("panelForm")) {
			model.addAttribute("panelForm", new VacancyForms.AddPanellist());
		}
		if (!model.containsAttribute("decisionForm")) {
			TermForm decision = new TermForm();
			decision.setVersion(view.vacancy().getVersion());
			decision.setTermStart(LocalDate.now(this.clock));
			model.addAttribute("decisionForm", decision);
		}
		if (!model.containsAttribute("closeForm")) {
			VacancyForms.Close close = new VacancyForms.Close();
			close.setVersion(view.vacancy().getVersion());
			model.addAttribute("closeForm", close);
		}
		return VIEW;
	}

}
