package org.pecgov.interest;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;
import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
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
 * The review queue of declarations (issue 17 §5): {@code /interests/review}.
 */
@Controller
@RequestMapping("/interests/review")
class DeclarationReviewController {

	private static final String PAGE = "interests/review";

	private final DeclarationReview review;

	DeclarationReviewController(DeclarationReview review) {
		this.review = review;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String queue(@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		Page<DeclarationReview.Item> items = this.review.queue(PageLinks.number(page));
		model.addAttribute("items", items);
		model.addAttribute("pages", PageLinks.of(items, request));
		return "interests/review-queue";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		DeclarationReview.Item item = this.review.get(id);
		model.addAttribute("item", item);
		model.addAttribute("reviewForm", ReviewForm.of(item.declaration()));
		return PAGE;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, ReviewForm reviewForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, reviewForm, result, model, response, false,
				() -> this.review.wordingProblems(reviewForm.getPublicDescription(), reviewForm.getPublicActions()),
				() -> {
					Declaration published = this.review.publish(id, version(reviewForm),
							reviewForm.getPublicDescription(), reviewForm.getPublicActions());
					Flash.success(redirect, published.isWordingEdited() ? "review.published.edited" : "review.published");
					return "redirect:/interests/review";
				});
	}

	@PostMapping("/{id}/change")
	String askChange(@PathVariable Long id, ReviewForm reviewForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, reviewForm, result, model, response, true,
				() -> this.review.noteProblems("changeNote", reviewForm.getChangeNote()), () -> {
					this.review.askChange(id, version(reviewForm), reviewForm.getChangeNote());
					Flash.success(redirect, "review.changeAsked");
					return "redirect:/interests/review";
				});
	}

	@PostMapping("/{id}/guardian")
	String passToGuardian(@PathVariable Long id, ReviewForm reviewForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, reviewForm, result, model, response, true,
				() -> this.review.noteProblems("guardianNote", reviewForm.getGuardianNote()), () -> {
					this.review.passToGuardian(id, version(reviewForm), reviewForm.getGuardianNote());
					Flash.success(redirect, "review.passed");
					return "redirect:/interests/review";
				});
	}

	private String act(Long id, ReviewForm form, BindingResult result, Model model, HttpServletResponse response,
			boolean note, Supplier<List<FieldException.Problem>> checks, Supplier<String> command) {
		DeclarationReview.Item item = this.review.get(id);
		model.addAttribute("item", item);
		if (note) {
			fill(form, item.declaration());
		}
		try {
			return Forms.submitChecked(result, checks, command, () -> PAGE);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			form.setVersion(this.review.get(id).declaration().getVersion());
			return PAGE;
		}
	}

	/** A note was sent: the wording form, which sent nothing, shows the declared words again. */
	private static void fill(ReviewForm form, Declaration declaration) {
		if (form.getPublicDescription() == null) {
			form.setPublicDescription(declaration.getDescription());
			form.setPublicActions(declaration.getActions());
		}
	}

	private static long version(ReviewForm form) {
		return (form.getVersion() != null) ? form.getVersion() : -1;
	}

}
