package org.pecgov.appraisal.objective;

import jakarta.validation.Valid;

import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A post holder's objectives and lead areas, with their updates through the year.
 */
@Controller
@RequestMapping("/members/{id}/objectives")
class ObjectiveController {

	private final ObjectiveService objectives;

	ObjectiveController(ObjectiveService objectives) {
		this.objectives = objectives;
	}

	@InitBinder("objectiveForm")
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String show(@PathVariable("id") Long id, Model model) {
		model.addAttribute("page", this.objectives.of(id));
		if (!model.containsAttribute("objectiveForm")) {
			model.addAttribute("objectiveForm", new ObjectiveForm());
		}
		model.addAttribute("statuses", ObjectiveStatus.values());
		model.addAttribute("functions", org.pecgov.committee.PecFunction.values());
		return "appraisal/objectives";
	}

	@PostMapping
	String set(@PathVariable("id") Long id, @Valid ObjectiveForm objectiveForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.objectives.problemsOf(id, objectiveForm.getDueOn()), () -> {
			this.objectives.set(id, objectiveForm.getLeadArea(), objectiveForm.getObjective(),
					objectiveForm.getMeasure(), objectiveForm.getDueOn(), objectiveForm.getFunction());
			Flash.success(redirect, "objective.set");
			return "redirect:/members/" + id + "/objectives";
		}, () -> show(id, model));
	}

	@PostMapping("/{objectiveId}/updates")
	String update(@PathVariable("id") Long id, @PathVariable("objectiveId") Long objectiveId,
			@RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "note", required = false) String note, Model model, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletResponse response) {
		ObjectiveStatus chosen = java.util.Arrays.stream(ObjectiveStatus.values())
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		String text = (note == null || note.isBlank()) ? null : note.strip();
		String problem = (chosen == null) ? "objective.update.status"
				: (text == null) ? "objective.update.note" : (text.length() > 2000) ? "objective.update.noteTooLong" : null;
		if (problem != null) {
			model.addAttribute("updateError", problem);
			model.addAttribute("updateErrorField", (chosen == null) ? "status" : "note");
			model.addAttribute("failedObjective", objectiveId);
			model.addAttribute("failedStatus", chosen);
			model.addAttribute("failedNote", note);
			return show(id, model);
		}
		try {
			this.objectives.update(id, objectiveId, version, chosen, text);
		}
		catch (org.pecgov.shared.StaleEditException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
			response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			model.addAttribute("failedObjective", objectiveId);
			model.addAttribute("failedStatus", chosen);
			model.addAttribute("failedNote", note);
			return show(id, model);
		}
		Flash.success(redirect, "objective.updated");
		return "redirect:/members/" + id + "/objectives#objective-" + objectiveId;
	}

}
