package org.pecgov.operator;

import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.OrganisationType;
import org.pecgov.user.UserService;
import org.pecgov.user.UserService.NewUser;
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
 * What operators do: create SHAs, PCTs, and each PCT's first administrator (or an SHA's viewer).
 * Operators see no PCT's records.
 */
@Controller
@RequestMapping("/operator")
class OperatorController {

	private final OrganisationService organisations;

	private final UserService users;

	OperatorController(OrganisationService organisations, UserService users) {
		this.organisations = organisations;
		this.users = users;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("organisations", this.organisations.all());
		model.addAttribute("shaNames", this.organisations.shas()
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName)));
		return "operator/overview";
	}

	@GetMapping("/shas/new")
	String newSha(Model model) {
		model.addAttribute("organisationForm", new OrganisationForm());
		model.addAttribute("type", OrganisationType.SHA);
		return "operator/organisation-form";
	}

	@PostMapping("/shas")
	String createSha(@Valid OrganisationForm organisationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("type", OrganisationType.SHA);
		return Forms.submitChecked(result,
				() -> this.organisations.problemsOf(organisationForm.getCode(), organisationForm.getName(), null, false),
				() -> {
			Organisation sha = this.organisations.createSha(organisationForm.getCode(), organisationForm.getName());
			Flash.success(redirect, "operator.sha.created", sha.getName());
			return "redirect:/operator";
		}, () -> "operator/organisation-form");
	}

	@GetMapping("/pcts/new")
	String newPct(Model model) {
		model.addAttribute("organisationForm", new OrganisationForm());
		model.addAttribute("type", OrganisationType.PCT);
		model.addAttribute("shas", this.organisations.shas());
		return "operator/organisation-form";
	}

	@PostMapping("/pcts")
	String createPct(@Valid OrganisationForm organisationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("type", OrganisationType.PCT);
		model.addAttribute("shas", this.organisations.shas());
		if (organisationForm.getShaId() == null) {
			result.rejectValue("shaId", "organisation.sha.required");
		}
		return Forms.submitChecked(result, () -> this.organisations.problemsOf(organisationForm.getCode(),
				organisationForm.getName(), organisationForm.getShaId(), true), () -> {
			Organisation pct = this.organisations.createPct(organisationForm.getCode(), organisationForm.getName(),
					organisationForm.getShaId());
			Flash.success(redirect, "operator.pct.created", pct.getName());
			return "redirect:/operator";
		}, () -> "operator/organisation-form");
	}

	@GetMapping("/organisations/{id}/users/new")
	String newUser(@PathVariable Long id, Model model) {
		model.addAttribute("organisation", this.organisations.get(id));
		model.addAttribute("firstUserForm", new FirstUserForm());
		return "operator/user-form";
	}

	@PostMapping("/organisations/{id}/users")
	String createUser(@PathVariable Long id, @Valid FirstUserForm firstUserForm, BindingResult result, Model model) {
		Organisation organisation = this.organisations.get(id);
		model.addAttribute("organisation", organisation);
		return Forms.submitChecked(result, () -> this.users.problemsOf(null, firstUserForm.getEmail(), null, null, true),
				() -> {
			NewUser created = this.users.createForOrganisation(id, firstUserForm.getEmail(),
					firstUserForm.getDisplayName());
			model.addAttribute("newUser", created);
			return "operator/user-created";
		}, () -> "operator/user-form");
	}

}
