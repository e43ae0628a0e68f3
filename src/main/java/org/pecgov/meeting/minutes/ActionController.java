package org.pecgov.meeting.minutes;

import jakarta.servlet.http.HttpServletRequest;

import org.pecgov.web.Flash;
import org.pecgov.web.PageLinks;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Actions across the PCT's meetings, overdue first: a member sees their own.
 */
@Controller
@RequestMapping("/actions")
class ActionController {

	private final MinutesService minutes;

	ActionController(MinutesService minutes) {
		this.minutes = minutes;
	}

	@GetMapping
	String list(@RequestParam(name = "mine", required = false) String mine,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		MinutesService.ActionsPage actions = this.minutes.actions("true".equals(mine), PageLinks.number(page));
		model.addAttribute("list", actions);
		model.addAttribute("pages", PageLinks.of(actions.actions(), request));
		model.addAttribute("statuses", ActionStatus.values());
		return "meetings/actions";
	}

	@PostMapping("/{id}")
	String setStatus(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "status", required = false) String status, Model model, RedirectAttributes redirect,
			HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		ActionStatus chosen = java.util.Arrays.stream(ActionStatus.values())
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("pageError", "action.status.unknown");
			return list(null, "1", model, request);
		}
		this.minutes.setStatus(id, version, chosen);
		Flash.success(redirect, "action.updated");
		return "redirect:/actions";
	}

}
