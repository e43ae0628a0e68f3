package org.pecgov.appraisal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.PageLinks;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Annual appraisals: the list, opening one, and its page with the parts each person fills in and signs.
 * A refused change comes back on the page with the message beside its field and the input kept.
 */
@Controller
@RequestMapping("/appraisals")
class AppraisalController {

	private final AppraisalService appraisals;

	private final AppraisalEditor editor;

	AppraisalController(AppraisalService appraisals, AppraisalEditor editor) {
		this.appraisals = appraisals;
		this.editor = editor;
	}

	@GetMapping
	String list(@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		AppraisalService.AppraisalsPage list = this.appraisals.list(PageLinks.number(page));
		model.addAttribute("list", list);
		model.addAttribute("pages", PageLinks.of(list.appraisals(), request));
		return "appraisal/appraisals";
	}

	@PostMapping
	String open(@RequestParam(name = "personId", required = false) Long personId,
			@RequestParam(name = "periodFrom", required = false) String from,
			@RequestParam(name = "periodTo", required = false) String to, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		try {
			if (personId == null) {
				throw new FieldException("personId", "appraisal.person.required");
			}
			Appraisal appraisal = this.appraisals.open(personId, date(from, "periodFrom"), date(to, "periodTo"));
			Flash.success(redirect, "appraisal.opened");
			return "redirect:/appraisals/" + appraisal.getId();
		}
		catch (FieldException ex) {
			refused(model, ex, request);
			return list("1", model, request);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable("id") Long id, Model model) {
		model.addAttribute("page", this.appraisals.get(id));
		model.addAttribute("outcomes", AppraisalOutcome.values());
		return "appraisal/appraisal";
	}

	@PostMapping("/{id}/self")
	String self(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "selfAssessment", required = false) String text, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		return write(id, model, redirect, request, response, "appraisal.saved",
				() -> this.editor.selfAssess(id, version, limited(text, 8000, "selfAssessment")));
	}

	@PostMapping("/{id}/assessment")
	String assess(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		return write(id, model, redirect, request, response, "appraisal.saved", () -> {
			Map<Long, Integer> ratings = new LinkedHashMap<>();
			params.forEach((name, value) -> {
				if (name.startsWith("rating-") && value != null && !value.isBlank()) {
					try {
						ratings.put(Long.valueOf(name.substring("rating-".length())), Integer.valueOf(value.strip()));
					}
					catch (NumberFormatException ex) {
						throw new FieldException(name, "appraisal.rating.range");
					}
				}
			});
			String outcome = params.get("outcome");
			AppraisalOutcome chosen = java.util.Arrays.stream(AppraisalOutcome.values())
				.filter((o) -> o.name().equals(outcome))
				.findFirst()
				.orElse(null);
			if (outcome != null && !outcome.isBlank() && chosen == null) {
				throw new FieldException("outcome", "appraisal.outcome.unknown");
			}
			this.editor.assess(id, version, ratings, limited(params.get("objectivesReview"), 8000, "objectivesReview"),
					chosen);
		});
	}

	@PostMapping("/{id}/pdp")
	String pdp(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "need", required = false) String need,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "support", required = false) String support,
			@RequestParam(name = "byWhen", required = false) String byWhen, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		return write(id, model, redirect, request, response, "pdp.added",
				() -> this.editor.addPdp(id, version, limited(need, 1000, "need"), limited(action, 1000, "action"),
						limited(support, 1000, "support"), date(byWhen, "byWhen")));
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "memberComments", required = false) String comments, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		return write(id, model, redirect, request, response, "appraisal.saved",
				() -> this.editor.comment(id, version, limited(comments, 4000, "memberComments")));
	}

	@PostMapping("/{id}/sign")
	String sign(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		return write(id, model, redirect, request, response, "appraisal.signed", () -> this.editor.sign(id, version));
	}

	@PostMapping("/{id}/versions")
	String newVersion(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		try {
			Appraisal next = this.editor.newVersion(id, version);
			Flash.success(redirect, "appraisal.newVersion");
			return "redirect:/appraisals/" + next.getId();
		}
		catch (FieldException ex) {
			refused(model, ex, request);
			return show(id, model);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return show(id, model);
		}
	}

	private String write(Long id, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response, String done, Runnable change) {
		try {
			change.run();
			Flash.success(redirect, done);
			return "redirect:/appraisals/" + id;
		}
		catch (FieldException ex) {
			refused(model, ex, request);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			model.addAttribute("posted", request.getParameterMap());
		}
		return show(id, model);
	}

	private static void refused(Model model, FieldException ex, HttpServletRequest request) {
		model.addAttribute("problem", ex.getMessageKey());
		model.addAttribute("problemField", ex.getField());
		model.addAttribute("posted", request.getParameterMap());
	}

	private static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new FieldException(field, "appraisal.date.required");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new FieldException(field, "appraisal.date.invalid");
		}
	}

	private static String limited(String text, int max, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > max) {
			throw new FieldException(field, "appraisal.text.tooLong");
		}
		return text.strip();
	}

}
