package org.pecgov.outbox;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.pecgov.security.CurrentUser;
import org.pecgov.shared.NotFoundException;
import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The PCT's outbox, for its administrators: the reminders written, and whether each was sent. Without
 * SMTP they wait here, to be read.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

	private static final int PAGE_SIZE = 25;

	private final Outbox outbox;

	private final MailStatus mail;

	OutboxController(Outbox outbox, MailStatus mail) {
		this.outbox = outbox;
		this.mail = mail;
	}

	@GetMapping
	String list(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		OutboxMessage.Status chosen = Arrays.stream(OutboxMessage.Status.values())
			.filter((s) -> s.name().equals(status))
			.findFirst()
			.orElse(null);
		Page<OutboxMessage> messages = this.outbox.of(CurrentUser.organisationId(), chosen,
				PageRequest.of(PageLinks.number(page), PAGE_SIZE));
		model.addAttribute("messages", messages);
		model.addAttribute("pages", PageLinks.of(messages, request));
		model.addAttribute("statuses", OutboxMessage.Status.values());
		model.addAttribute("status", chosen);
		model.addAttribute("mailConfigured", this.mail.configured());
		return "admin/outbox";
	}

	@GetMapping("/{id}")
	String show(@PathVariable("id") Long id, Model model) {
		model.addAttribute("message", this.outbox.get(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("OutboxMessage", id)));
		model.addAttribute("mailConfigured", this.mail.configured());
		return "admin/outbox-message";
	}

}
