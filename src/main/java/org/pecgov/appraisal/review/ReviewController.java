package org.pecgov.appraisal.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.pecgov.web.Flash;
import org.pecgov.web.Forms;
import org.pecgov.web.PageLinks;

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
 * One-to-one reviews between the PEC chair and each member (the PCT chair and the PEC chair).
 */
@Controller
@RequestMapping("/reviews")
class ReviewController {

	private final ReviewService reviews;

	ReviewController(ReviewService reviews) {
		this.reviews = reviews;
	}

	@InitBinder("reviewForm")
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String list(@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		ReviewService.ReviewsPage list = this.reviews.list(PageLinks.number(page));
		model.addAttribute("list", list);
		model.addAttribute("pages", PageLinks.of(list.reviews(), request));
		return "appraisal/reviews";
	}

	@GetMapping("/new")
	String newReview(@RequestParam(name = "person", required = false) Long personId, Model model) {
		ReviewForm form = new ReviewForm();
		form.setPersonId(personId);
		model.addAttribute("reviewForm", form);
		return form(model);
	}

	@PostMapping
	String record(@Valid ReviewForm reviewForm, BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submitChecked(result,
				() -> this.reviews.problemsOf(reviewForm.getPersonId(), reviewForm.getHeldOn()), () -> {
			Review review = this.reviews.record(reviewForm.getPersonId(), reviewForm.getHeldOn(),
					reviewForm.getNotes(), reviewForm.getProgress());
			Flash.success(redirect, "review.recorded");
			return "redirect:/reviews/" + review.getId();
		}, () -> form(model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable("id") Long id, Model model) {
		model.addAttribute("one", this.reviews.get(id));
		return "appraisal/review";
	}

	private String form(Model model) {
		model.addAttribute("reviewees", this.reviews.reviewees());
		return "appraisal/review-form";
	}

}
