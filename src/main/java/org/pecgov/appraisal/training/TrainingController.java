package org.pecgov.appraisal.training;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.pecgov.security.CurrentUser;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;
import org.pecgov.web.Ids;
import org.pecgov.web.PageLinks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training and development: what was attended, and who has had none in the last 12 months.
 */
@Controller
@RequestMapping("/training")
class TrainingController {

	private final TrainingService training;

	TrainingController(TrainingService training) {
		this.training = training;
	}

	@InitBinder("trainingForm")
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String list(@RequestParam(name = "page", defaultValue = "1") String page,
			@RequestParam(name = "person", required = false) String person, Model model, HttpServletRequest request) {
		TrainingService.TrainingPage list = this.training.list(PageLinks.number(page), Ids.of(person));
		model.addAttribute("list", list);
		model.addAttribute("person", list.person());
		model.addAttribute("pages", PageLinks.of(list.records(), request));
		return "appraisal/training";
	}

	@GetMapping("/new")
	String newRecord(Model model) {
		TrainingForm form = new TrainingForm();
		form.setPersonId(CurrentUser.get().getPersonId());
		model.addAttribute("trainingForm", form);
		return form(model);
	}

	@PostMapping
	String record(@Valid TrainingForm trainingForm, BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submitChecked(result,
				() -> this.training.problemsOf(trainingForm.getPersonId(), trainingForm.toDetails()), () -> {
			this.training.record(trainingForm.getPersonId(), trainingForm.toDetails());
			Flash.success(redirect, "training.recorded");
			return "redirect:/training";
		}, () -> form(model));
	}

	private String form(Model model) {
		model.addAttribute("people", this.training.recordable());
		model.addAttribute("pdpItems", this.training.myPdpItems());
		return "appraisal/training-form";
	}

}
