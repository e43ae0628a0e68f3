package org.pecgov.interest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.PageLinks;
import org.pecgov.web.PageProblems;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Requests to withhold entries from the published register, and the guardian's decisions.
 */
@Controller
@RequestMapping("/interests/withholding")
class WithholdingController {

	private final WithholdingService withholding;

	WithholdingController(WithholdingService withholding) {
		this.withholding = withholding;
	}

	@GetMapping
	String list(@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		int number = PageLinks.number(page);
		Page<WithholdingService.Request> requests = this.withholding.requests(number);
		model.addAttribute("requests", requests);
		model.addAttribute("pages", PageLinks.of(requests, request));
		model.addAttribute("decisions", WithholdDecision.values());
		model.addAttribute("mayDecide", this.withholding.mayDecide());
		return "interests/withholding";
	}

	@PostMapping("/{id}")
	String decide(@PathVariable Long id, @RequestParam("version") long version,
			@RequestParam(name = "decision", required = false) String decision,
			@RequestParam(name = "note", required = false) String note, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		WithholdDecision chosen = WithholdDecision.from(decision);
		try {
			this.withholding.decide(id, version, chosen, note);
		}
		catch (FieldException ex) {
			// no form object: each rule broken goes beside its field on the request's row
			PageProblems.show(model, ex, id);
			return again(id, chosen, note, model, request);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return again(id, chosen, note, model, request);
		}
		Flash.success(redirect, "withholding.decided");
		return "redirect:/interests/withholding";
	}

	private String again(Long id, WithholdDecision chosen, String note, Model model, HttpServletRequest request) {
		model.addAttribute("deciding", id);
		model.addAttribute("decidingChoice", chosen);
		model.addAttribute("note", note);
		return list("1", model, request);
	}

}
