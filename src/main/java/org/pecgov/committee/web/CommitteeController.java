package org.pecgov.committee.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Committees: the PEC, the Board and sub-committees, with their quorum rules and posts.
 */
@Controller
@RequestMapping("/committees")
class CommitteeController {

	private static final String FORM = "committees/form";

	private final CommitteeService committees;

	private final PostService posts;

	CommitteeController(CommitteeService committees, PostService posts) {
		this.committees = committees;
		this.posts = posts;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("committees", this.committees.committees());
		return "committees/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		Committee committee = this.committees.get(id);
		model.addAttribute("committee", committee);
		model.addAttribute("reportsTo", (committee.getReportsToId() != null)
				? this.committees.find(committee.getReportsToId()).orElse(null) : null);
		model.addAttribute("posts", this.posts.postsOf(id));
		return "committees/show";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		CommitteeForm form = CommitteeForm.empty();
		form.setReportsToId(this.committees.pec().getId());
		model.addAttribute("committeeForm", form);
		return form(null, model);
	}

	@PostMapping
	String create(@Valid CommitteeForm committeeForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkQuorum(committeeForm, result);
		return Forms.submitChecked(result, () -> problems(null, committeeForm), () -> {
			Committee committee = this.committees.createSubCommittee(committeeForm.toDetails());
			Flash.success(redirect, "committee.created", committee.getName());
			return "redirect:/committees/" + committee.getId();
		}, () -> form(null, model));
	}

	private java.util.List<org.pecgov.shared.FieldException.Problem> problems(Long id, CommitteeForm form) {
		java.util.List<org.pecgov.shared.FieldException.Problem> problems = new java.util.ArrayList<>(
				this.committees.nameProblems(form.getName(), id));
		if (form.getQuorumMinPresent() != null && form.getQuorumMinClinical() != null) {
			problems.addAll(this.committees.termsProblems(id, form.toDetails()));
		}
		return problems;
	}

	private String form(Committee committee, Model model) {
		model.addAttribute("committee", committee);
		model.addAttribute("others", this.committees.committees()
			.stream()
			.filter((c) -> committee == null || !c.getId().equals(committee.getId()))
			.toList());
		model.addAttribute("modes", org.pecgov.committee.CommitteeMode.values());
		return FORM;
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Committee committee = this.committees.get(id);
		model.addAttribute("committeeForm", CommitteeForm.from(committee));
		return form(committee, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid CommitteeForm committeeForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Committee current = this.committees.get(id);
		checkQuorum(committeeForm, result);
		try {
			return Forms.submitChecked(result, () -> problems(id, committeeForm), () -> {
				this.committees.update(id, (committeeForm.getVersion() != null) ? committeeForm.getVersion() : -1,
						committeeForm.toDetails());
				Flash.success(redirect, "committee.updated", committeeForm.getName());
				return "redirect:/committees/" + id;
			}, () -> form(current, model));
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			committeeForm.setVersion(current.getVersion());
			return form(current, model);
		}
	}

	private static void checkQuorum(CommitteeForm form, BindingResult result) {
		if (!result.hasFieldErrors("quorumMinPresent") && !result.hasFieldErrors("quorumMinClinical")
				&& form.getQuorumMinClinical() > form.getQuorumMinPresent()) {
			result.rejectValue("quorumMinClinical", "committee.quorum.clinical");
		}
	}

}
