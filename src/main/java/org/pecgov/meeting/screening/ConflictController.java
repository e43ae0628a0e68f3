package org.pecgov.meeting.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pecgov.shared.FieldException;
import org.pecgov.shared.Problems;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.PageProblems;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conflicts that screening found on a meeting's agenda, and the chair's plan for each.
 */
@Controller
@RequestMapping("/meetings/{id}/conflicts")
class ConflictController {

	private final ScreeningService screening;

	private final ConflictService conflicts;

	ConflictController(ScreeningService screening, ConflictService conflicts) {
		this.screening = screening;
		this.conflicts = conflicts;
	}

	@GetMapping
	String show(@PathVariable("id") Long id, Model model) {
		model.addAttribute("page", this.screening.page(id));
		model.addAttribute("choices", PlanChoice.values());
		return "meetings/conflicts";
	}

	@PostMapping
	String record(@PathVariable("id") Long id, @RequestParam(name = "itemId", required = false) Long itemId,
			@RequestParam(name = "personId", required = false) Long personId,
			@RequestParam(name = "plan", required = false) PlanChoice plan,
			@RequestParam(name = "note", required = false) String note,
			@RequestParam(name = "version", required = false) Long version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		String text = (note == null || note.isBlank()) ? null : note.strip();
		try {
			if (itemId == null || personId == null) {
				throw new FieldException("personId", "conflicts.noFlag");
			}
			// what is wrong with the plan and the note, said together
			new Problems().when(plan == null, "plan", "conflict.plan.required")
				.when(text != null && text.length() > 1000, "note", "conflicts.note.tooLong")
				.throwIfAny();
			this.conflicts.record(id, itemId, personId, plan, text, version);
			Flash.success(redirect, "conflicts.recorded");
			return "redirect:/meetings/" + id + "/conflicts#item-" + itemId;
		}
		catch (FieldException ex) {
			// no form object: the rule broken is shown on the row of the flag being planned
			return refused(id, itemId, personId, plan, note, ex.getProblems(), model);
		}
		catch (AccessDeniedException ex) {
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			return refused(id, itemId, personId, plan, note,
					List.of(new FieldException.Problem("plan", "conflicts.notChair")), model);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return refused(id, itemId, personId, plan, note,
					List.of(new FieldException.Problem("plan", "conflicts.stale")), model);
		}
	}

	private String refused(Long id, Long itemId, Long personId, PlanChoice plan, String note,
			List<FieldException.Problem> problems, Model model) {
		String row = itemId + "-" + personId;
		Map<String, String> summary = new LinkedHashMap<>();
		for (FieldException.Problem problem : problems) {
			boolean onNote = "note".equals(problem.field());
			model.addAttribute(onNote ? "noteError" : "planError", problem.messageKey());
			summary.putIfAbsent(onNote ? "note-" + row : "plan-" + row + "-STAYS", problem.messageKey());
		}
		model.addAttribute(PageProblems.ATTRIBUTE, summary);
		model.addAttribute("errorItem", itemId);
		model.addAttribute("errorPerson", personId);
		model.addAttribute("errorPlan", plan);
		model.addAttribute("errorNote", note);
		return show(id, model);
	}

}
