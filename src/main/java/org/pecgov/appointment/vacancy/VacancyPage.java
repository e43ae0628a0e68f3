package org.pecgov.appointment.vacancy;

import java.util.List;

import org.pecgov.web.Task;

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

	/** The stages that have a page of their own: /vacancies/{id}/{stage}. */
	static final String STAGES = "candidates|panel|decision|close";

	/**
	 * The vacancy's overview: what it is, its stages as an NHS task list, its specification.
	 */
	String render(Long id, Model model) {
		return render(id, null, model);
	}

	/**
	 * One stage of the vacancy on a page of its own, or the overview.
	 * @param id the vacancy
	 * @param stage candidates, panel, decision or close; null for the overview
	 * @param model the model
	 * @return the view
	 */
	String render(Long id, String stage, Model model) {
		return render(id, stage, null, model);
	}

	/**
	 * One stage of the vacancy, its choice of people narrowed to those whose names contain what was typed.
	 * @param id the vacancy
	 * @param stage the stage, or null for the overview
	 * @param find words of a name, or null for everyone
	 * @param model the model
	 * @return the view
	 */
	String render(Long id, String stage, String find, Model model) {
		VacancyView view = this.vacancies.view(id, this.ballots.view(id).orElse(null));
		model.addAttribute("view", view);
		model.addAttribute("stage", stage);
		model.addAttribute("tasks", tasks(view));
		Role role = CurrentUser.get().getRole();
		boolean admin = role == Role.ADMIN;
		if (admin) {
			java.util.List<org.pecgov.member.Person> everyone = this.people.activePeople();
			java.util.List<String> words = (find == null) ? java.util.List.of()
					: java.util.Arrays.stream(find.toLowerCase(java.util.Locale.ROOT).split("\\s+"))
						.filter((w) -> !w.isEmpty())
						.limit(8)
						.toList();
			model.addAttribute("people", everyone.stream()
				.filter((p) -> words.stream()
					.allMatch((w) -> (p.getFamilyName() + ", " + p.getGivenName() + " " + p.getFullName() + " " + p.getEmail())
						.toLowerCase(java.util.Locale.ROOT)
						.contains(w)))
				.toList());
			model.addAttribute("find", words.isEmpty() ? null : find.strip());
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

	/**
	 * Candidates, panel, scores, decision: how far each has got.
	 */
	static List<Task> tasks(VacancyView view) {
		String base = "/vacancies/" + view.vacancy().getId();
		boolean open = view.vacancy().getStatus() == VacancyStatus.OPEN;
		int candidates = view.candidates().size();
		int panel = view.panel().size();
		Task.Status candidatesDone = (candidates == 0) ? Task.Status.NOT_STARTED : Task.Status.COMPLETED;
		Task.Status panelDone = (panel == 0) ? Task.Status.NOT_STARTED
				: view.panelComplete() ? Task.Status.COMPLETED : Task.Status.IN_PROGRESS;
		int expected = candidates * panel * view.specification().getRequirements().size();
		int scored = view.candidates().stream().mapToInt(VacancyView.CandidateLine::scored).sum();
		Task.Status scores = (candidates == 0 || panel == 0) ? Task.Status.CANNOT_START
				: (scored >= expected) ? Task.Status.COMPLETED
						: (scored == 0) ? Task.Status.NOT_STARTED : Task.Status.IN_PROGRESS;
		// as the rules decide: a decision needs candidates and a complete panel (the chair's post, a ballot of the
		// candidates); scores inform it but do not gate it
		boolean mayDecide = candidates > 0 && (view.chairPost() || view.panelComplete());
		Task.Status decision = !open ? Task.Status.COMPLETED
				: mayDecide ? Task.Status.NOT_STARTED : Task.Status.CANNOT_START;
		return List.of(new Task("vacancy.task.candidates", "vacancy.task.candidates.hint", base + "/candidates", candidatesDone),
				new Task("vacancy.task.panel", "vacancy.task.panel.hint", base + "/panel", panelDone),
				new Task("vacancy.task.scores", "vacancy.task.scores.hint",
						(scores == Task.Status.CANNOT_START) ? null : base + "/candidates", scores),
				new Task("vacancy.task.decision", view.chairPost() ? "vacancy.task.decision.ballot.hint"
						: "vacancy.task.decision.hint", (decision == Task.Status.CANNOT_START) ? null : base + "/decision",
						decision));
	}

}
