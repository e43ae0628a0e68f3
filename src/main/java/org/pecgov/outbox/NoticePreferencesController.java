package org.pecgov.outbox;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pecgov.security.CurrentUser;
import org.pecgov.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each user's email preferences ({@code /account/notifications}), and the kinds an administrator's PCT requires
 * ({@code /admin/notices}).
 */
@Controller
class NoticePreferencesController {

	private final NoticePreferences preferences;

	private final MailStatus mail;

	NoticePreferencesController(NoticePreferences preferences, MailStatus mail) {
		this.preferences = preferences;
		this.mail = mail;
	}

	@GetMapping("/account/notifications")
	String mine(Model model) {
		Long organisationId = CurrentUser.get().getOrganisationId();
		model.addAttribute("modes", this.preferences.mine());
		model.addAttribute("required", (organisationId != null) ? this.preferences.required(organisationId)
				: EnumSet.noneOf(NoticeKind.class));
		model.addAttribute("groups", groups());
		model.addAttribute("choices", NoticeKind.Mode.values());
		model.addAttribute("mailConfigured", this.mail.configured());
		return "account/notifications";
	}

	@PostMapping("/account/notifications")
	String saveMine(@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Map<NoticeKind, NoticeKind.Mode> modes = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.choosable()) {
			String chosen = params.get("mode-" + kind.name());
			Arrays.stream(NoticeKind.Mode.values())
				.filter((m) -> m.name().equals(chosen))
				.findFirst()
				.ifPresent((m) -> modes.put(kind, m));
		}
		this.preferences.saveMine(modes);
		Flash.success(redirect, "notices.saved");
		return "redirect:/account/notifications";
	}

	@GetMapping("/admin/notices")
	String required(Model model) {
		model.addAttribute("required", this.preferences.required(CurrentUser.organisationId()));
		model.addAttribute("groups", groups());
		return "admin/notices";
	}

	@PostMapping("/admin/notices")
	String saveRequired(@RequestParam(name = "kind", required = false) List<String> kinds, RedirectAttributes redirect) {
		Set<NoticeKind> chosen = EnumSet.noneOf(NoticeKind.class);
		if (kinds != null) {
			kinds.forEach((k) -> NoticeKind.of(k).filter((kind) -> !kind.isSecurity()).ifPresent(chosen::add));
		}
		this.preferences.setRequired(chosen);
		Flash.success(redirect, "notices.required.saved");
		return "redirect:/admin/notices";
	}

	/** The choosable kinds by group, in order. */
	private static Map<NoticeKind.Group, List<NoticeKind>> groups() {
		Map<NoticeKind.Group, List<NoticeKind>> groups = new EnumMap<>(NoticeKind.Group.class);
		for (NoticeKind.Group group : NoticeKind.Group.values()) {
			List<NoticeKind> kinds = NoticeKind.choosable().stream().filter((k) -> k.getGroup() == group).toList();
			if (!kinds.isEmpty()) {
				groups.put(group, kinds);
			}
		}
		return groups;
	}

}
