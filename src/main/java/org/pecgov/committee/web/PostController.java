package org.pecgov.committee.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostHolders;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.committee.PostSpecification;
import org.pecgov.competency.CompetencyService;
import org.pecgov.shared.FieldException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posts and their job descriptions and person specifications, each edit kept as a new version.
 */
@Controller
@RequestMapping("/posts")
class PostController {

	private static final String FORM = "posts/form";

	private final PostService posts;

	private final CommitteeService committees;

	private final CompetencyService competencies;

	private final PostHolders holders;

	PostController(PostService posts, CommitteeService committees, CompetencyService competencies,
			PostHolders holders) {
		this.posts = posts;
		this.committees = committees;
		this.competencies = competencies;
		this.holders = holders;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		Post post = this.posts.get(id);
		List<PostSpecification> specifications = this.posts.specificationsOf(id);
		model.addAttribute("post", post);
		model.addAttribute("committee", this.committees.get(post.getCommitteeId()));
		model.addAttribute("specifications", specifications);
		model.addAttribute("holders", this.holders.holdersOf(id));
		model.addAttribute("openVacancy", this.holders.hasOpenVacancy(id));
		return "posts/show";
	}

	@GetMapping("/new")
	String newForm(@RequestParam("committee") Long committeeId, Model model) {
		model.addAttribute("committee", this.committees.get(committeeId));
		model.addAttribute("postForm", PostForm.empty());
		return form(model);
	}

	@PostMapping
	String create(@RequestParam("committee") Long committeeId, @Valid PostForm postForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("committee", this.committees.get(committeeId));
		checkLevels(postForm, result);
		return Forms.submitChecked(result,
				() -> this.posts.problemsOf(committeeId, null, postForm.getKind(), postForm.getTitle()), () -> {
			Post post = this.posts.create(committeeId, postForm.getKind(), postForm.getTitle(), postForm.toDetails());
			Flash.success(redirect, "post.created", post.getTitle());
			return "redirect:/posts/" + post.getId();
		}, () -> form(model));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Post post = this.posts.get(id);
		model.addAttribute("post", post);
		model.addAttribute("committee", this.committees.get(post.getCommitteeId()));
		PostSpecification current = (post.getCurrentSpecificationId() != null)
				? this.posts.specification(post.getCurrentSpecificationId()) : null;
		model.addAttribute("postForm", PostForm.from(post, current));
		return form(model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid PostForm postForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Post post = this.posts.get(id);
		model.addAttribute("post", post);
		model.addAttribute("committee", this.committees.get(post.getCommitteeId()));
		checkLevels(postForm, result);
		try {
			return Forms.submitChecked(result,
					() -> this.posts.problemsOf(post.getCommitteeId(), id, postForm.getKind(), postForm.getTitle()), () -> {
				this.posts.update(id, (postForm.getVersion() != null) ? postForm.getVersion() : -1, postForm.getKind(),
						postForm.getTitle(), postForm.toDetails());
				Flash.success(redirect, "post.updated", postForm.getTitle());
				return "redirect:/posts/" + id;
			}, () -> form(model));
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			postForm.setVersion(post.getVersion());
			return form(model);
		}
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable Long id, @RequestParam("version") long version, Model model,
			RedirectAttributes redirect) {
		try {
			Flash.success(redirect, "post.retired", this.posts.retire(id, version).getTitle());
		}
		catch (FieldException ex) {
			// no form object: the rule broken goes to the top of the page
			model.addAttribute("pageError", ex.getMessageKey());
			return show(id, model);
		}
		return "redirect:/posts/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable Long id, @RequestParam("version") long version, RedirectAttributes redirect) {
		Flash.success(redirect, "post.restored", this.posts.restore(id, version).getTitle());
		return "redirect:/posts/" + id;
	}

	private static void checkLevels(PostForm form, BindingResult result) {
		boolean unknown = form.getRequirements()
			.values()
			.stream()
			.anyMatch((level) -> level != null && !level.isEmpty() && !PostForm.ESSENTIAL.equals(level)
					&& !PostForm.DESIRABLE.equals(level));
		if (unknown) {
			result.rejectValue("requirements", "post.requirement.level");
		}
	}

	private String form(Model model) {
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("competencies", this.competencies.catalogue());
		return FORM;
	}

}
