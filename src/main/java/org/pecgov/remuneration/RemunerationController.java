package org.pecgov.remuneration;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Dates;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Remuneration: the rates in force and their history, each appointment's annual cost and each committee's total.
 */
@Controller
@RequestMapping("/remuneration")
class RemunerationController {

	private final RemunerationService remuneration;

	private final Clock clock;

	RemunerationController(RemunerationService remuneration, Clock clock) {
		this.remuneration = remuneration;
		this.clock = clock;
	}

	@InitBinder("rateForm")
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("page", this.remuneration.page());
		if (!model.containsAttribute("rateForm")) {
			model.addAttribute("rateForm", RateForm.from(this.remuneration.page().current()));
		}
		model.addAttribute("today", LocalDate.now(this.clock));
		return "remuneration/remuneration";
	}

	@PostMapping("/rates/{id}/withdraw")
	String withdrawRate(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			RemunerationRate withdrawn = this.remuneration.withdrawRate(id, version);
			Flash.success(redirect, "remuneration.withdrawn", new Dates().day(withdrawn.getEffectiveFrom()));
			return "redirect:/remuneration";
		}
		catch (FieldException ex) {
			// a button, not a form: the rule broken goes to the top of the page
			model.addAttribute("pageError", ex.getMessageKey());
			return show(model);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("pageError", "remuneration.withdraw.stale");
			return show(model);
		}
	}

	@PostMapping("/rates")
	String addRate(@Valid RateForm rateForm, BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.remuneration.problemsOf(rateForm.toDetails()), () -> {
			this.remuneration.addRate(rateForm.toDetails());
			Flash.success(redirect, "remuneration.rate.added");
			return "redirect:/remuneration";
		}, () -> show(model));
	}

	@PostMapping("/appointments/{id}")
	String ownRate(@PathVariable("id") Long id, @RequestParam(name = "percent", required = false) String percent,
			@RequestParam(name = "reason", required = false) String reason, Model model, RedirectAttributes redirect) {
		try {
			BigDecimal value;
			try {
				value = (percent == null || percent.isBlank()) ? null : new BigDecimal(percent.strip());
			}
			catch (NumberFormatException ex) {
				// not a number: said with the reason's problems, which do not depend on it
				value = BigDecimal.ZERO;
			}
			this.remuneration.setOwnRate(id, value, reason);
			Flash.success(redirect, "remuneration.own.saved");
			return "redirect:/remuneration#appointment-" + id;
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new org.pecgov.shared.StaleEditException("RateException", id);
		}
		catch (FieldException ex) {
			// no form object: the rule broken is shown on the appointment's own row of the page
			java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
			ex.getProblems().forEach((problem) -> problems.putIfAbsent(problem.field() + "-" + id, problem.messageKey()));
			model.addAttribute("problems", problems);
			model.addAttribute("ownFailed", id);
			model.addAttribute("ownPercent", percent);
			model.addAttribute("ownReason", reason);
			return show(model);
		}
	}

}
