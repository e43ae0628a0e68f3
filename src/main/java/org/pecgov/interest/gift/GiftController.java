package org.pecgov.interest.gift;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;
import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
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
 * The gifts and hospitality register: staff read it; a post holder records what they were offered.
 */
@Controller
@RequestMapping("/gifts")
class GiftController {

	private static final String FORM = "gifts/form";

	private final GiftService gifts;

	private final DirectoryService directory;

	private final PersonService people;

	GiftController(GiftService gifts, DirectoryService directory, PersonService people) {
		this.gifts = gifts;
		this.directory = directory;
		this.people = people;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String register(@RequestParam(name = "page", defaultValue = "1") String page, Model model,
			HttpServletRequest request) {
		int number = PageLinks.number(page);
		Page<GiftService.Entry> entries = this.gifts.register(number);
		model.addAttribute("entries", entries);
		model.addAttribute("pages", PageLinks.of(entries, request));
		return "gifts/register";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(name = "person", required = false) Long personId, Model model) {
		PecgovPrincipal user = CurrentUser.get();
		boolean staff = user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY;
		if (!staff && personId != null && !personId.equals(user.getPersonId())) {
			throw new AccessDeniedException("Only staff record gifts on someone else's behalf");
		}
		GiftForm form = new GiftForm();
		form.setPersonId((personId != null) ? personId : user.getPersonId());
		model.addAttribute("giftForm", form);
		return form(form.getPersonId(), model);
	}

	@PostMapping
	String record(@Valid GiftForm giftForm, BindingResult result, Model model, RedirectAttributes redirect) {
		Long personId = (giftForm.getPersonId() != null) ? giftForm.getPersonId() : CurrentUser.get().getPersonId();
		if (!result.hasFieldErrors("offeredOn") && !giftForm.datePlausible()) {
			result.rejectValue("offeredOn", "gift.offeredOn.implausible");
		}
		if (personId == null) {
			return form(null, model);
		}
		return Forms.submitChecked(result, () -> this.gifts.problemsOf(giftForm.toDetails()), () -> {
			this.gifts.record(personId, giftForm.toDetails());
			Flash.success(redirect, "gift.recorded");
			return (CurrentUser.get().getRole() == Role.MEMBER) ? "redirect:/declarations/mine" : "redirect:/gifts";
		}, () -> form(personId, model));
	}

	private String form(Long personId, Model model) {
		if (personId == null) {
			return "redirect:/declarations/mine";
		}
		model.addAttribute("declarant", this.people.byIds(java.util.List.of(personId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new org.pecgov.shared.NotFoundException("Person", personId)));
		model.addAttribute("kinds", GiftKind.values());
		model.addAttribute("organisations", this.directory.active());
		model.addAttribute("approvalOver", this.gifts.approvalOver().stripTrailingZeros().toPlainString());
		return FORM;
	}

}
