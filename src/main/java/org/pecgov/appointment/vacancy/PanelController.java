package org.pecgov.appointment.vacancy;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.pecgov.committee.PostRequirement;
import org.pecgov.shared.FieldException;
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
 * A vacancy's candidates, interview panel and the panel's scores.
 */
@Controller
@RequestMapping("/vacancies/{id}")
class PanelController {

	private final VacancyService vacancies;

	private final VacancyRules rules;

	private final InterviewPanel panel;

	private final VacancyPage page;

	PanelController(VacancyService vacancies, VacancyRules rules, InterviewPanel panel, VacancyPage page) {
		this.vacancies = vacancies;
		this.rules = rules;
		this.panel = panel;
		this.page = page;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@PostMapping("/candidates")
	String addCandidate(@PathVariable Long id,
			@Valid @ModelAttribute("candidateForm") VacancyForms.AddCandidate candidateForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.rules.candidateProblemsOf(id, candidateForm.getPersonId()),
				() -> {
			this.vacancies.addCandidate(id, candidateForm.getPersonId(), candidateForm.getNominations());
			Flash.success(redirect, "vacancy.candidate.added");
			return "redirect:/vacancies/" + id + "/candidates";
		}, () -> this.page.render(id, "candidates", model));
	}

	@PostMapping("/candidates/{candidateId}/remove")
	String withdraw(@PathVariable Long id, @PathVariable Long candidateId, Model model, RedirectAttributes redirect) {
		try {
			this.vacancies.withdrawCandidate(id, candidateId);
		}
		catch (FieldException ex) {
			// no form object: the rule broken goes to the top of the page
			model.addAttribute("pageError", ex.getMessageKey());
			return this.page.render(id, "candidates", model);
		}
		Flash.success(redirect, "vacancy.candidate.withdrawn");
		return "redirect:/vacancies/" + id + "/candidates";
	}

	@PostMapping("/panel")
	String addPanellist(@PathVariable Long id,
			@Valid @ModelAttribute("panelForm") VacancyForms.AddPanellist panelForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.panel.panellistProblemsOf(id, panelForm.getPersonId()), () -> {
			this.panel.addPanellist(id, panelForm.getPersonId(), panelForm.getPanelRole());
			Flash.success(redirect, "vacancy.panel.added");
			return "redirect:/vacancies/" + id + "/panel";
		}, (ex) -> {
			Forms.reject(result, ex);
			if ("vacancy.panel.full".equals(ex.getMessageKey())) {
				model.addAttribute("pageError", ex.getMessageKey());
			}
		}, () -> this.page.render(id, "panel", model));
	}

	@PostMapping("/panel/{panelMemberId}/remove")
	String removePanellist(@PathVariable Long id, @PathVariable Long panelMemberId, Model model,
			RedirectAttributes redirect) {
		try {
			this.panel.removePanellist(id, panelMemberId);
		}
		catch (FieldException ex) {
			// no form object: the rule broken goes to the top of the page
			model.addAttribute("pageError", ex.getMessageKey());
			return this.page.render(id, "panel", model);
		}
		Flash.success(redirect, "vacancy.panel.removed");
		return "redirect:/vacancies/" + id + "/panel";
	}

	@GetMapping("/candidates/{candidateId}/scores")
	String scoreForm(@PathVariable Long id, @PathVariable Long candidateId,
			@RequestParam("panellist") Long panelMemberId, Model model) {
		VacancyView view = this.vacancies.view(id, null);
		PanelMember scorer = this.panel.scorer(id, panelMemberId);
		Candidate candidate = this.vacancies.candidate(id, candidateId);
		VacancyForms.Scores form = new VacancyForms.Scores();
		for (PostRequirement requirement : view.specification().getRequirements()) {
			Score score = view.score(candidateId, scorer.getId(), requirement.getCompetencyId());
			if (score != null) {
				form.getScores().put(requirement.getCompetencyId(), score.getScore());
				form.getEvidence().put(requirement.getCompetencyId(), score.getEvidence());
			}
		}
		model.addAttribute("scoresForm", form);
		return scoresPage(view, scorer, candidate, model);
	}

	@PostMapping("/candidates/{candidateId}/scores")
	String score(@PathVariable Long id, @PathVariable Long candidateId, @RequestParam("panellist") Long panelMemberId,
			@ModelAttribute("scoresForm") VacancyForms.Scores scoresForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		VacancyView view = this.vacancies.view(id, null);
		PanelMember scorer = this.panel.scorer(id, panelMemberId);
		Candidate candidate = this.vacancies.candidate(id, candidateId);
		List<ScoreEntry> entries = new ArrayList<>();
		for (PostRequirement requirement : view.specification().getRequirements()) {
			Long competency = requirement.getCompetencyId();
			Integer score = scoresForm.getScores().get(competency);
			String evidence = scoresForm.getEvidence().get(competency);
			String field = "scores[" + competency + "]";
			if (result.hasFieldErrors(field)) {
				continue;
			}
			if (score != null && (score < Score.MIN || score > Score.MAX)) {
				result.rejectValue(field, "score.range");
			}
			else if (evidence != null && evidence.length() > 2000) {
				result.rejectValue("evidence[" + competency + "]", "score.evidence.size");
			}
			entries.add(new ScoreEntry(competency, score, evidence));
		}
		return Forms.submit(result, () -> {
			this.panel.score(id, candidateId, panelMemberId, entries);
			Flash.success(redirect, "vacancy.scored");
			return "redirect:/vacancies/" + id + "/candidates";
		}, () -> scoresPage(view, scorer, candidate, model));
	}

	private String scoresPage(VacancyView view, PanelMember scorer, Candidate candidate, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("scorer", scorer);
		model.addAttribute("candidate", candidate);
		model.addAttribute("candidateName", view.candidates()
			.stream()
			.filter((c) -> c.candidate().getId().equals(candidate.getId()))
			.findFirst()
			.map(VacancyView.CandidateLine::name)
			.orElse(""));
		model.addAttribute("scorerName", view.panel()
			.stream()
			.filter((p) -> p.member().getId().equals(scorer.getId()))
			.findFirst()
			.map(VacancyView.PanelLine::name)
			.orElse(""));
		return "vacancies/scores";
	}

}
