package org.pecgov.operator;

import jakarta.validation.Valid;

import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.OrganisationType;
import org.pecgov.security.SingleSignOnProperties;
import org.pecgov.shared.NotFoundException;
import org.pecgov.user.AppUser;
import org.pecgov.user.SecondFactors;
import org.pecgov.user.SingleSignOnAccounts;
import org.pecgov.user.SsoDomain;
import org.pecgov.user.UserService;
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
 * A PCT's sign-in, as the operator keeps it: the email domains whose people get accounts through single sign-on,
 * and the second factors of its administrators (removed when one is lost with its phone and recovery codes).
 */
@Controller
@RequestMapping("/operator/organisations/{id}/sign-in")
class SignInController {

	private static final String PAGE = "operator/sign-in";

	private final OrganisationService organisations;

	private final SingleSignOnAccounts accounts;

	private final SecondFactors factors;

	private final UserService users;

	private final SingleSignOnProperties sso;

	SignInController(OrganisationService organisations, SingleSignOnAccounts accounts, SecondFactors factors,
			UserService users, SingleSignOnProperties sso) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.factors = factors;
		this.users = users;
		this.sso = sso;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String page(@PathVariable Long id, Model model) {
		model.addAttribute("ssoDomainForm", new SsoDomainForm());
		return page(pct(id), model);
	}

	@PostMapping("/domains")
	String allow(@PathVariable Long id, @Valid SsoDomainForm ssoDomainForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Organisation pct = pct(id);
		return Forms.submit(result, () -> {
			SsoDomain domain = this.accounts.allow(id, ssoDomainForm.getDomain());
			Flash.success(redirect, "sso.domain.allowed", domain.getDomain(), pct.getName());
			return "redirect:/operator/organisations/" + id + "/sign-in";
		}, () -> page(pct, model));
	}

	@PostMapping("/domains/{domainId}/withdraw")
	String withdraw(@PathVariable Long id, @PathVariable Long domainId, RedirectAttributes redirect) {
		pct(id);
		this.accounts.withdraw(id, domainId);
		Flash.success(redirect, "sso.domain.withdrawn");
		return "redirect:/operator/organisations/" + id + "/sign-in";
	}

	@PostMapping("/administrators/{userId}/second-factor/reset")
	String resetSecondFactor(@PathVariable Long id, @PathVariable Long userId, RedirectAttributes redirect) {
		AppUser admin = this.users.administratorsOf(pct(id).getId())
			.stream()
			.filter((user) -> user.getId().equals(userId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("User", userId));
		this.factors.reset(admin.getId());
		Flash.success(redirect, "user.secondFactor.reset", admin.getEmail());
		return "redirect:/operator/organisations/" + id + "/sign-in";
	}

	private String page(Organisation pct, Model model) {
		model.addAttribute("organisation", pct);
		model.addAttribute("ssoEnabled", this.sso.enabled());
		model.addAttribute("domains", this.accounts.domainsOf(pct.getId()));
		var admins = this.users.administratorsOf(pct.getId());
		model.addAttribute("administrators", admins);
		model.addAttribute("withSecondFactor", this.factors.withOne(admins.stream().map(AppUser::getId).toList()));
		return PAGE;
	}

	private Organisation pct(Long id) {
		Organisation organisation = this.organisations.get(id);
		if (organisation.getType() != OrganisationType.PCT) {
			throw new NotFoundException("PCT", id);
		}
		return organisation;
	}

}
