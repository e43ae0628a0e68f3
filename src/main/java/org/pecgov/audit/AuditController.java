package org.pecgov.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.pecgov.web.Ids;
import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail of the PCT, for its administrators.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	/** The kinds of record the filter offers. */
	static final List<String> ENTITY_TYPES = List.of("Person", "AppUser", "Organisation", "PctSettings", "Committee",
			"Post", "PostSpecification", "Competency", "Vacancy", "Candidate", "PanelMember", "Score", "Appointment", "Ballot", "Declaration", "DirectoryOrganisation",
			"RoundReturn", "Breach", "Gift", "Meeting", "AgendaItem", "Paper", "Attendance", "ConflictPlan", "Decision", "MeetingAction", "Objective", "ObjectiveUpdate", "Review", "Appraisal", "PdpItem", "TrainingRecord", "RemunerationRate", "RateException");

	/** Dates outside these years cannot be in the trail, and some cannot be turned into instants at all. */
	private static final int EARLIEST_YEAR = 2000;

	private static final int LATEST_YEAR = 2999;

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(name = "entityType", required = false) String entityType,
			@RequestParam(name = "entityId", required = false) String entityId,
			@RequestParam(name = "person", required = false) String person,
			@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model,
			HttpServletRequest request) {
		String type = (entityType != null && ENTITY_TYPES.contains(entityType)) ? entityType : null;
		AuditAction chosen = Arrays.stream(AuditAction.values())
			.filter((a) -> a.name().equals(action))
			.findFirst()
			.orElse(null);
		String who = (actor != null && !actor.isBlank()) ? actor.strip() : null;
		LocalDate fromDate = date(from, "from", model);
		LocalDate toDate = date(to, "to", model);
		if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
			model.addAttribute("toError", "audit.to.beforeFrom");
			toDate = null;
		}
		Long recordId = null;
		if (type != null) {
			recordId = Ids.of(entityId);
		}
		List<Map.Entry<Long, String>> people = this.audit.peopleConcerned();
		Long personId = Ids.of(person);
		String personName = people.stream()
			.filter((p) -> p.getKey().equals(personId))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
		Page<AuditEntry> entries = this.audit.list(
				new AuditFilter(type, recordId, personId, who, chosen, fromDate, toDate), PageLinks.number(page));
		model.addAttribute("people", people);
		model.addAttribute("person", personId);
		model.addAttribute("personName", personName);
		model.addAttribute("entries", entries);
		AuditNames names = this.audit.names(entries.getContent());
		model.addAttribute("auditNames", names);
		model.addAttribute("entityId", recordId);
		if (recordId != null) {
			model.addAttribute("recordName", names.name(type, recordId));
		}
		model.addAttribute("pages", PageLinks.of(entries, request));
		model.addAttribute("entityTypes", ENTITY_TYPES);
		model.addAttribute("actions", List.of(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.RETIRE, AuditAction.REINSTATE));
		model.addAttribute("entityType", type);
		model.addAttribute("actor", who);
		model.addAttribute("action", chosen);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "admin/audit";
	}

	private static LocalDate date(String text, String field, Model model) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			if (date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR) {
				return date;
			}
		}
		catch (DateTimeParseException ex) {
			// shown as an error below
		}
		String parts = org.pecgov.web.DateParts.messageKey(text.strip());
		model.addAttribute(field + "Error", (parts != null) ? parts : "audit." + field + ".invalid");
		return null;
	}


}
