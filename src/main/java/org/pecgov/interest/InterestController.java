package org.pecgov.interest;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.interest.directory.DirectoryForm;
import org.pecgov.interest.directory.DirectoryOrganisation;
import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.interest.directory.DirectoryType;
import org.pecgov.security.CurrentUser;
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
 * The staff register of interests, and the directory of organisations that interests concern.
 */
@Controller
@RequestMapping("/interests")
class InterestController {

	private final DeclarationService declarations;

	private final DirectoryService directory;

	private final org.pecgov.organisation.OrganisationService organisations;

	private final org.pecgov.committee.CommitteeService committees;

	InterestController(DeclarationService declarations, DirectoryService directory,
			org.pecgov.organisation.OrganisationService organisations,
			org.pecgov.committee.CommitteeService committees) {
		this.declarations = declarations;
		this.directory = directory;
		this.organisations = organisations;
		this.committees = committees;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String register(@RequestParam(name = "q", required = false) String person,
			@RequestParam(name = "declarant", required = false) String declarant,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "category", required = false) String category,
			@RequestParam(name = "organisation", required = false) String organisation,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "committee", required = false) String committee,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		InterestKind chosenKind = Arrays.stream(InterestKind.values()).filter((k) -> k.name().equals(kind)).findFirst()
			.orElse(null);
		InterestCategory chosenCategory = Arrays.stream(InterestCategory.values())
			.filter((c) -> c.name().equals(category))
			.findFirst()
			.orElse(null);
		Boolean current = "current".equals(status) ? Boolean.TRUE : ("ended".equals(status) ? Boolean.FALSE : null);
		String name = (person != null && !person.isBlank()) ? person.strip() : null;
		Page<DeclarationService.Entry> entries = this.declarations.search(new InterestFilter(number(declarant), name,
				chosenKind, chosenCategory, number(organisation), current, number(committee)), PageLinks.number(page));
		model.addAttribute("entries", entries);
		model.addAttribute("pages", PageLinks.of(entries, request));
		org.pecgov.organisation.Organisation pct = this.organisations.get(CurrentUser.readableOrganisationId());
		model.addAttribute("pctCode", (pct != null) ? pct.getCode() : null);
		model.addAttribute("kinds", InterestKind.values());
		model.addAttribute("categories", InterestCategory.values());
		model.addAttribute("organisations", this.directory.active());
		model.addAttribute("q", name);
		model.addAttribute("kind", chosenKind);
		model.addAttribute("category", chosenCategory);
		model.addAttribute("organisation", number(organisation));
		model.addAttribute("status", status);
		model.addAttribute("committees", this.committees.committees());
		model.addAttribute("committee", number(committee));
		return "interests/register";
	}

	@GetMapping("/organisations")
	String directory(@RequestParam(name = "page", defaultValue = "1") String page, Model model,
			HttpServletRequest request) {
		Page<DirectoryOrganisation> list = this.directory.list(PageLinks.number(page));
		model.addAttribute("directory", list);
		model.addAttribute("pages", PageLinks.of(list, request));
		model.addAttribute("types", DirectoryType.values());
		if (!model.containsAttribute("directoryForm")) {
			model.addAttribute("directoryForm", new DirectoryForm());
		}
		return "interests/directory";
	}

	@PostMapping("/organisations")
	String add(@Valid DirectoryForm directoryForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		return Forms.submitChecked(result, () -> this.directory.nameProblems(directoryForm.getName(), null), () -> {
			this.directory.add(directoryForm.getType(), directoryForm.getName(), directoryForm.getCode());
			Flash.success(redirect, "directory.added", directoryForm.getName());
			return "redirect:/interests/organisations";
		}, () -> directory("1", model, request));
	}

	@GetMapping("/organisations/{id}")
	String organisation(@PathVariable Long id, Model model) {
		model.addAttribute("organisation", this.directory.get(id));
		model.addAttribute("entries", this.declarations.currentIn(id));
		return "interests/organisation";
	}

	@GetMapping("/organisations/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		DirectoryOrganisation organisation = this.directory.get(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("directoryForm", DirectoryForm.from(organisation));
		model.addAttribute("types", DirectoryType.values());
		return "interests/directory-form";
	}

	@PostMapping("/organisations/{id}")
	String update(@PathVariable Long id, @Valid DirectoryForm directoryForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		DirectoryOrganisation current = this.directory.get(id);
		model.addAttribute("organisation", current);
		model.addAttribute("types", DirectoryType.values());
		try {
			return Forms.submitChecked(result, () -> this.directory.nameProblems(directoryForm.getName(), id), () -> {
				this.directory.update(id, (directoryForm.getVersion() != null) ? directoryForm.getVersion() : -1,
						directoryForm.getType(), directoryForm.getName(), directoryForm.getCode());
				Flash.success(redirect, "directory.updated", directoryForm.getName());
				return "redirect:/interests/organisations/" + id;
			}, () -> "interests/directory-form");
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			directoryForm.setVersion(current.getVersion());
			return "interests/directory-form";
		}
	}

	private static Long number(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}


}
