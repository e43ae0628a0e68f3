package org.pecgov.appointment.vacancy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.CompositionWarning;
import org.pecgov.appointment.RenewalReasonRequired;
import org.pecgov.appointment.TermForm;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.shared.StaleEditException;
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
 * Vacancies: open one for a post, read it, decide it or close it unfilled.
 */
@Controller
@RequestMapping("/vacancies")
class VacancyController {

	private final VacancyService vacancies;

	private final VacancyRules rules;

	private final PostService posts;

	private final VacancyPage page;

	private final CommitteeService committees;

	VacancyController(VacancyService vacancies, VacancyRules rules, PostService posts, VacancyPage page,
			CommitteeService committees) {
		this.vacancies = vacancies;
		this.rules = rules;
		this.posts = posts;
		this.page = page;
		this.committees = committees;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String list(Model model) {
		List<Vacancy> list = this.vacancies.list();
		Map<Long, Post> postsById = this.posts.byIds(list.stream().map(Vacancy::getPostId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Post::getId, Function.identity()));
		model.addAttribute("vacancies", list);
		model.addAttribute("postsById", postsById);
		return "vacancies/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(name = "post", required = false) Long postId, Model model) {
		VacancyForms.Open form = new VacancyForms.Open();
		form.setPostId(postId);
		model.addAttribute("openForm", form);
		return newPage(model);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("openForm") VacancyForms.Open openForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.rules.openProblemsOf(openForm.getPostId()), () -> {
			Vacancy vacancy = this.vacancies.open(openForm.getPostId(), openForm.getNotes());
			Flash.success(redirect, "vacancy.opened");
			return "redirect:/vacancies/" + vacancy.getId();
		}, () -> newPage(model));
	}

	private String newPage(Model model) {
		model.addAttribute("posts", this.posts.allPosts().stream().filter((p) -> !p.isRetired()).toList());
		model.addAttribute("committeeNames", this.committees.committees()
			.stream()
			.collect(Collectors.toMap(Committee::getId, Committee::getName)));
		return "vacancies/new";
	}

	@GetMapping("/{id}/{stage:" + VacancyPage.STAGES + "}")
	String stage(@PathVariable("id") Long id, @PathVariable("stage") String stage,
			@RequestParam(name = "find", required = false) String find, Model model) {
		String words = (find != null && find.length() > 100) ? find.substring(0, 100) : find;
		return this.page.render(id, stage, words, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		return this.page.render(id, model);
	}

	@PostMapping("/{id}/decision")
	String decide(@PathVariable Long id, @Valid @ModelAttribute("decisionForm") TermForm decisionForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (decisionForm.getCandidateId() == null) {
			result.rejectValue("candidateId", "vacancy.decision.candidate");
		}
		if (!result.hasErrors() && !decisionForm.datesPlausible()) {
			result.rejectValue("termStart", "term.dates.implausible");
		}
		try {
			return Forms.submitChecked(result, () -> this.rules.decisionProblemsOf(id, decisionForm.getCandidateId(),
					decisionForm.getTermStart(), decisionForm.getTermEnd(), decisionForm.getPurpose()), () -> {
				Appointment appointment = this.vacancies.decide(id,
						(decisionForm.getVersion() != null) ? decisionForm.getVersion() : -1,
						decisionForm.getCandidateId(), decisionForm.getReasons(), decisionForm.toCommand());
				Flash.success(redirect, "vacancy.decided");
				return "redirect:/appointments/" + appointment.getId();
			}, (ex) -> {
				Forms.reject(result, ex);
				if (ex instanceof RenewalReasonRequired renewal) {
					model.addAttribute("renewalConditions", renewal.getConditions());
				}
				else if ("vacancy.chair.ballot".equals(ex.getMessageKey())) {
					model.addAttribute("pageError", ex.getMessageKey());
				}
			}, () -> this.page.render(id, "decision", model));
		}
		catch (CompositionWarning warning) {
			model.addAttribute("warning", warning.getBroken());
			return this.page.render(id, "decision", model);
		}
		catch (StaleEditException ex) {
			return conflict(id, "decision", model, response);
		}
	}

	private String conflict(Long id, String stage, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflict", true);
		String page = this.page.render(id, stage, model);
		long current = ((VacancyView) model.getAttribute("view")).vacancy().getVersion();
		if (model.getAttribute("decisionForm") instanceof TermForm decision) {
			decision.setVersion(current);
		}
		if (model.getAttribute("closeForm") instanceof VacancyForms.Close close) {
			close.setVersion(current);
		}
		return page;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable Long id, @Valid @ModelAttribute("closeForm") VacancyForms.Close closeForm,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			return Forms.submit(result, () -> {
				this.vacancies.close(id, (closeForm.getVersion() != null) ? closeForm.getVersion() : -1,
						closeForm.getReasons());
				Flash.success(redirect, "vacancy.closed.flash");
				return "redirect:/vacancies/" + id;
			}, () -> this.page.render(id, "close", model));
		}
		catch (StaleEditException ex) {
			return conflict(id, "close", model, response);
		}
	}

}
