package org.pecgov.interest.round;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pecgov.security.CurrentUser;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Breaches of the rules on declaring, and their review.
 */
@Controller
@RequestMapping("/interests/breaches")
class BreachController {

	private final BreachService breaches;

	BreachController(BreachService breaches) {
		this.breaches = breaches;
	}

	@GetMapping
	String list(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		Breach.Status chosen = status(status);
		int number = PageLinks.number(page);
		Page<BreachService.Line> lines = this.breaches.list(chosen, number);
		model.addAttribute("lines", lines);
		// shown again after a review refused, the links are the list's, not the review's address
		org.springframework.web.util.UriComponentsBuilder base = org.springframework.web.util.UriComponentsBuilder
			.fromPath("/interests/breaches");
		if (chosen != null) {
			base.queryParam("status", chosen.name());
		}
		model.addAttribute("pages", PageLinks.of(lines, base));
		model.addAttribute("statuses", Breach.Status.values());
		model.addAttribute("status", chosen);
		return "interests/breaches";
	}

	@PostMapping("/detect")
	String detect(RedirectAttributes redirect) {
		int added = this.breaches.detectMissedRound(CurrentUser.organisationId());
		Flash.success(redirect, (added == 0) ? "breach.detected.none" : (added == 1) ? "breach.detected.one" : "breach.detected",
				Integer.toString(added));
		return "redirect:/interests/breaches";
	}

	@PostMapping("/review")
	String reviewSeveral(@RequestParam(name = "ids", required = false) java.util.List<Long> ids,
			@RequestParam(name = "listStatus", required = false) String listStatus,
			@RequestParam(name = "listPage", defaultValue = "1") String listPage,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "note", required = false) String note,
			@RequestParam java.util.Map<String, String> parameters, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		Breach.Status chosen = status(status);
		String trimmed = (note != null && !note.isBlank()) ? note.strip() : null;
		java.util.Set<Long> selected = (ids != null) ? new java.util.LinkedHashSet<>(ids) : java.util.Set.of();
		java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
		if (selected.isEmpty()) {
			problems.put("bulk-ids", "breach.bulk.none");
		}
		if (chosen == null) {
			problems.put("bulk-status", "breach.status.required");
		}
		if (trimmed == null) {
			problems.put("bulk-note", "breach.note.required");
		}
		else if (trimmed.length() > 2000) {
			problems.put("bulk-note", "breach.note.size");
		}
		if (problems.isEmpty()) {
			java.util.Map<Long, Long> versions = new java.util.LinkedHashMap<>();
			selected.forEach((id) -> versions.put(id, version(parameters.get("version-" + id))));
			try {
				int reviewed = this.breaches.reviewAll(versions, chosen, trimmed);
				Flash.success(redirect, (reviewed == 1) ? "breach.bulk.reviewed.one" : "breach.bulk.reviewed",
						Integer.toString(reviewed));
				return "redirect:/interests/breaches";
			}
			catch (StaleEditException | org.springframework.orm.ObjectOptimisticLockingFailureException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("conflict", true);
			}
		}
		model.addAttribute("bulkProblems", problems);
		model.addAttribute("bulkSelected", selected);
		model.addAttribute("bulkStatus", chosen);
		model.addAttribute("bulkNote", note);
		return list(listStatus, listPage, model, request);
	}

	private static long version(String value) {
		try {
			return (value != null) ? Long.parseLong(value.strip()) : -1;
		}
		catch (NumberFormatException ex) {
			return -1; // not the version read: the review is refused as stale
		}
	}

	@PostMapping("/{id}")
	String review(@PathVariable Long id, @RequestParam("version") long version,
			@RequestParam(name = "listStatus", required = false) String listStatus,
			@RequestParam(name = "listPage", defaultValue = "1") String listPage,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "note", required = false) String note, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		Breach.Status chosen = status(status);
		String trimmed = (note != null && !note.isBlank()) ? note.strip() : null;
		// every problem at once, each beside its field (the fields' ids carry the breach's)
		java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
		if (chosen == null) {
			problems.put("status-" + id, "breach.status.required");
		}
		if (trimmed == null) {
			problems.put("note-" + id, "breach.note.required");
		}
		else if (trimmed.length() > 2000) {
			problems.put("note-" + id, "breach.note.size");
		}
		if (!problems.isEmpty()) {
			model.addAttribute("rowProblems", problems);
			model.addAttribute("reviewing", id);
			model.addAttribute("reviewingStatus", chosen);
			model.addAttribute("note", note);
			return list(listStatus, listPage, model, request);
		}
		try {
			this.breaches.review(id, version, chosen, trimmed);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			model.addAttribute("reviewing", id);
			model.addAttribute("reviewingStatus", chosen);
			model.addAttribute("note", note);
			return list(listStatus, listPage, model, request);
		}
		Flash.success(redirect, "breach.reviewed");
		return "redirect:/interests/breaches";
	}

	/** The status named, or null when it names none (a filter left empty, a form tampered with). */
	private static Breach.Status status(String name) {
		return Arrays.stream(Breach.Status.values()).filter((s) -> s.name().equals(name)).findFirst().orElse(null);
	}

}
