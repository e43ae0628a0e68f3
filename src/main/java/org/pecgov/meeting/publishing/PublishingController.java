package org.pecgov.meeting.publishing;

import jakarta.servlet.http.HttpServletResponse;

import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The publishing step of an agenda: a preview, the checks, and the confirmation; and the agenda's versions.
 */
@Controller
@RequestMapping("/meetings/{id}/agenda/publish")
class PublishingController {

	private final PublishingService publishing;

	PublishingController(PublishingService publishing) {
		this.publishing = publishing;
	}

	@GetMapping
	String preview(@PathVariable("id") Long id, Model model) {
		model.addAttribute("preview", this.publishing.preview(id));
		return "meetings/publish";
	}

	@PostMapping
	String publish(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "confirmed", defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.publishing.publish(id, version, confirmed);
			Flash.success(redirect, "agenda.published");
			return "redirect:/meetings/" + id + "/agenda";
		}
		catch (FieldException ex) {
			model.addAttribute("confirmError", ex.getMessageKey());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
		}
		return preview(id, model);
	}

}
