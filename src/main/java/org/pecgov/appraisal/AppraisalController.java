package org.pecgov.appraisal;

import java.time.LocalDate;
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
		noProblems(model);
		AppraisalService.AppraisalsPage list = this.appraisals.list(PageLinks.number(page));
		model.addAttribute("list", list);
		model.addAttribute("pages", PageLinks.of(list.appraisals(), request));
		return "appraisal/appraisals";
	}

	@PostMapping
	String open(@RequestParam(name = "personId", required = false) String personId,
			@RequestParam(name = "periodFrom", required = false) String from,
			@RequestParam(name = "periodTo", required = false) String to, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		try {
			FormProblems problems = new FormProblems();
			Long appraisee = null;
			if (personId == null || personId.isBlank()) {
				problems.add("personId", "appraisal.person.required");
			}
			else {
				try {
					appraisee = Long.valueOf(personId.strip());
				}
				catch (NumberFormatException ex) {
					problems.add("personId", "appraisal.person.required");
				}
			}
			LocalDate periodFrom = problems.date(from, "periodFrom");
			LocalDate periodTo = problems.date(to, "periodTo");
			problems.addAll(this.appraisals.problemsOf(appraisee, periodFrom, periodTo));
			problems.throwIfAny();
			Appraisal appraisal = this.appraisals.open(appraisee, periodFrom, periodTo);
			Flash.success(redirect, "appraisal.opened");
			return "redirect:/appraisals/" + appraisal.getId();
		}
		catch (FormProblems ex) {
			refused(model, ex.byField(), request);
		}
		catch (FieldException ex) {
			// no BindingResult on this page: problems go beside the posted inputs (see refused)
			refused(model, FormProblems.byField(ex), request);
		}
		return list("1", model, request);
	}

	@GetMapping("/{id}")
	String show(@PathVariable("id") Long id, Model model) {
		return show(id, null, model);
	}

	@GetMapping("/{id}/{stage:" + AppraisalTasks.STAGES + "}")
	String show(@PathVariable("id") Long id, @PathVariable("stage") String stage, Model model) {
		noProblems(model);
		AppraisalService.AppraisalPage page = this.appraisals.get(id);
		model.addAttribute("page", page);
		model.addAttribute("stage", stage);
		model.addAttribute("tasks", AppraisalTasks.of(page));
		model.addAttribute("outcomes", AppraisalOutcome.values());
		return "appraisal/appraisal";
	}

	@PostMapping("/{id}/self")
	String self(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "selfAssessment", required = false) String text, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		return write(id, "self", model, redirect, request, response, "appraisal.saved",
				() -> this.editor.selfAssess(id, version, appraiseeText(id, text, 8000, "selfAssessment")));
	}

	@PostMapping("/{id}/assessment")
	String assess(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		return write(id, "assessment", model, redirect, request, response, "appraisal.saved", () -> {
			this.editor.checkAppraiser(id);
			FormProblems problems = new FormProblems();
			Map<Long, Integer> ratings = new LinkedHashMap<>();
			params.forEach((name, value) -> {
				if (name.startsWith("rating-") && value != null && !value.isBlank()) {
					try {
						int rating = Integer.parseInt(value.strip());
						if (rating < 1 || rating > 4) {
							problems.add(name, "appraisal.rating.range");
						}
						ratings.put(Long.valueOf(name.substring("rating-".length())), rating);
					}
					catch (NumberFormatException ex) {
						problems.add(name, "appraisal.rating.range");
					}
				}
			});
			String review = problems.text(params.get("objectivesReview"), 8000, "objectivesReview", null);
			String outcome = params.get("outcome");
			AppraisalOutcome chosen = java.util.Arrays.stream(AppraisalOutcome.values())
				.filter((o) -> o.name().equals(outcome))
				.findFirst()
				.orElse(null);
			if (outcome != null && !outcome.isBlank() && chosen == null) {
				problems.add("outcome", "appraisal.outcome.unknown");
			}
			problems.throwIfAny();
			this.editor.assess(id, version, ratings, review, chosen);
		});
	}

	@PostMapping("/{id}/pdp")
	String pdp(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "need", required = false) String need,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "support", required = false) String support,
			@RequestParam(name = "byWhen", required = false) String byWhen, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		return write(id, "pdp", model, redirect, request, response, "pdp.added", () -> {
			this.editor.checkAppraiser(id);
			FormProblems problems = new FormProblems();
			String keptNeed = problems.text(need, 1000, "need", "pdp.need.required");
			String keptAction = problems.text(action, 1000, "action", "pdp.action.required");
			String keptSupport = problems.text(support, 1000, "support", null);
			LocalDate when = problems.date(byWhen, "byWhen");
			problems.addAll(this.editor.pdpProblemsOf(id, keptNeed, keptAction, when));
			problems.throwIfAny();
			this.editor.addPdp(id, version, keptNeed, keptAction, keptSupport, when);
		});
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "memberComments", required = false) String comments, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		return write(id, "comments", model, redirect, request, response, "appraisal.saved",
				() -> this.editor.comment(id, version, appraiseeText(id, comments, 4000, "memberComments")));
	}

	@PostMapping("/{id}/sign")
	String sign(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		return write(id, "sign", model, redirect, request, response, "appraisal.signed", () -> this.editor.sign(id, version));
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
			// no BindingResult on this page: problems go beside the posted inputs (see refused)
			refused(model, FormProblems.byField(ex), request);
			return show(id, "sign", model);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			return show(id, "sign", model);
		}
	}

	private String write(Long id, String stage, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response, String done, Runnable change) {
		try {
			change.run();
			Flash.success(redirect, done);
			// a plan has several items, added one at a time, and a signature shows who has signed: their pages stay;
			// the rest return to the task list
			return "redirect:/appraisals/" + id + (("pdp".equals(stage) || "sign".equals(stage)) ? "/" + stage : "");
		}
		catch (FormProblems ex) {
			refused(model, ex.byField(), request);
		}
		catch (FieldException ex) {
			// no BindingResult on this page: problems go beside the posted inputs (see refused)
			refused(model, FormProblems.byField(ex), request);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			model.addAttribute("posted", request.getParameterMap());
		}
		return show(id, stage, model);
	}

	/** The one text field of a form of the appraisee's: only theirs to send, and refused when too long. */
	private String appraiseeText(Long id, String text, int max, String field) {
		this.editor.checkAppraisee(id);
		FormProblems problems = new FormProblems();
		String kept = problems.text(text, max, field, null);
		problems.throwIfAny();
		return kept;
	}

	private static void refused(Model model, Map<String, String> problems, HttpServletRequest request) {
		model.addAttribute("problems", problems);
		model.addAttribute("posted", request.getParameterMap());
	}

	private static void noProblems(Model model) {
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
		}
	}

}
