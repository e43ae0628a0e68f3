package org.pecgov.member;

import java.time.Clock;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.audit.AuditEntry;
import org.pecgov.audit.AuditService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.CompositionCheck;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;
import org.pecgov.web.PageLinks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The member register: list, read, add, edit, retire; and a member's own contact details.
 */
@Controller
@RequestMapping("/members")
class PersonController {

	private static final String FORM = "members/form";

	private final PersonService people;

	private final AuditService audit;

	private final Clock clock;

	private final ObjectProvider<PostsHeld> postsHeld;

	private final ObjectProvider<CompositionCheck> composition;

	private final ObjectProvider<PersonCard.Source> cards;

	private final org.springframework.context.MessageSource messages;

	PersonController(PersonService people, AuditService audit, Clock clock, ObjectProvider<PostsHeld> postsHeld,
			ObjectProvider<CompositionCheck> composition, ObjectProvider<PersonCard.Source> cards,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.cards = cards;
		this.composition = composition;
		this.postsHeld = postsHeld;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@InitBinder("personForm")
	void initPersonBinder(WebDataBinder binder) {
		binder.addValidators(new PersonFormValidator(this.clock));
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("professions", Profession.values());
		model.addAttribute("registrationBodies", RegistrationBody.values());
		model.addAttribute("employerTypes", EmployerType.values());
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "profession", required = false) String profession,
			@RequestParam(name = "retired", required = false) String retired,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model,
			HttpServletRequest request) {
		Profession chosen = Arrays.stream(Profession.values())
			.filter((p) -> p.name().equals(profession))
			.findFirst()
			.orElse(null);
		String trimmed = (query != null && !query.isBlank()) ? query.strip() : null;
		if (trimmed != null && trimmed.length() > 100) {
			trimmed = trimmed.substring(0, 100);
		}
		boolean includeRetired = "true".equals(retired);
		Page<Person> members = this.people.list(new PersonFilter(trimmed, chosen, includeRetired), PageLinks.number(page));
		if (members.getNumber() > 0 && members.getNumber() >= members.getTotalPages()) {
			return "redirect:" + UriComponentsBuilder.fromPath(request.getRequestURI())
				.query(request.getQueryString())
				.replaceQueryParam("page", Math.max(members.getTotalPages(), 1))
				.build(true)
				.toUriString();
		}
		model.addAttribute("members", members);
		model.addAttribute("pages", PageLinks.of(members, request));
		model.addAttribute("q", trimmed);
		model.addAttribute("profession", chosen);
		model.addAttribute("retired", includeRetired);
		return "members/list";
	}

	/**
	 * The member register as CSV, for administrators (issue 18 §6), filtered as the list is: UTF-8, formula cells
	 * neutralised.
	 */
	@GetMapping(value = "", params = "format=csv")
	void csv(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "profession", required = false) String profession,
			@RequestParam(name = "retired", required = false) String retired, HttpServletResponse response)
			throws java.io.IOException {
		if (CurrentUser.get().getRole() != Role.ADMIN) {
			throw new org.springframework.security.access.AccessDeniedException("Administrators only");
		}
		Profession chosen = Arrays.stream(Profession.values()).filter((p) -> p.name().equals(profession)).findFirst()
			.orElse(null);
		String trimmed = (query != null && !query.isBlank()) ? query.strip() : null;
		if (trimmed != null && trimmed.length() > 100) {
			trimmed = trimmed.substring(0, 100);
		}
		java.util.List<Person> register = this.people.register(new PersonFilter(trimmed, chosen, "true".equals(retired)));
		String[] headers = java.util.stream.Stream.of("title", "givenName", "familyName", "email", "phone", "profession",
				"registrationBody", "registrationNumber", "patientFacingDays", "startDate", "retiredOn")
			.map((field) -> text("members.csv." + field))
			.toArray(String[]::new);
		try (org.apache.commons.csv.CSVPrinter printer = org.pecgov.web.Csv.start(response, "member-register.csv",
				headers)) {
			for (Person p : register) {
				org.pecgov.web.Csv.row(printer, p.getTitle(), p.getGivenName(), p.getFamilyName(), p.getEmail(),
						p.getPhone(), text("Profession." + p.getProfession()),
						(p.getRegistrationBody() != null) ? text("RegistrationBody." + p.getRegistrationBody()) : null,
						p.getRegistrationNumber(), p.getPatientFacingDays(), p.getStartDate(), p.getRetiredOn());
			}
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("personForm", PersonForm.empty());
		return FORM;
	}

	@PostMapping
	String create(@Valid PersonForm personForm, BindingResult result, RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.people.problemsOf(null, personForm.getEmail()), () -> {
			Person person = this.people.create(personForm.toDetails());
			Flash.success(redirect, "member.created", person.getFullName());
			// what comes next for a new member: a post, and a login (shown on their record)
			redirect.addFlashAttribute("nextSteps", Boolean.TRUE);
			return "redirect:/members/" + person.getId();
		}, () -> FORM);
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, @RequestParam(name = "page", defaultValue = "1") String page, Model model,
			HttpServletRequest request) {
		Person person = this.people.get(id);
		model.addAttribute("person", person);
		// their posts, each leading to the appointment and what the post asked for when they were appointed
		PostsHeld held = this.postsHeld.getIfAvailable();
		model.addAttribute("posts", (held != null) ? held.of(id) : java.util.List.of());
		// the hub: each feature's card, to those who may see it
		boolean own = id.equals(CurrentUser.get().getPersonId());
		model.addAttribute("cards", this.cards.stream()
			.map((source) -> source.cardFor(id, own))
			.flatMap(java.util.Optional::stream)
			.map((card) -> person.isRetired() ? card.withoutNewRecords() : card)
			.sorted(java.util.Comparator.comparingInt(PersonCard::order))
			.toList());
		if (CurrentUser.get().getRole() != Role.MEMBER) {
			Page<AuditEntry> history = this.audit.historyOf("Person", id, PageLinks.number(page));
			model.addAttribute("history", history);
			model.addAttribute("auditNames", this.audit.names(history.getContent()));
			model.addAttribute("historyPages", PageLinks.of(history, request));
		}
		return "members/show";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Person person = this.people.get(id);
		model.addAttribute("person", person);
		model.addAttribute("personForm", PersonForm.from(person));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid PersonForm personForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Person current = this.people.get(id);
		model.addAttribute("person", current);
		try {
			return Forms.submitChecked(result, () -> this.people.problemsOf(id, personForm.getEmail()), () -> {
				Person person = CompositionCheck.watching(this.composition.getIfAvailable(), redirect,
						() -> this.people.update(id, versionOf(personForm.getVersion()), personForm.toDetails()));
				Flash.success(redirect, "member.updated", person.getFullName());
				return "redirect:/members/" + id;
			}, () -> FORM);
		}
		catch (StaleEditException ex) {
			return conflict(current, response, model, () -> personForm.setVersion(current.getVersion()));
		}
	}

	@GetMapping("/{id}/retire")
	String retireForm(@PathVariable Long id, Model model) {
		model.addAttribute("person", this.people.get(id));
		return "members/retire";
	}

	@PostMapping("/{id}/reinstate")
	String reinstate(@PathVariable Long id, @RequestParam("version") long version, RedirectAttributes redirect) {
		Person person = this.people.reinstate(id, version);
		Flash.success(redirect, "member.reinstated", person.getFullName());
		return "redirect:/members/" + id;
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable Long id, @RequestParam("version") long version, RedirectAttributes redirect) {
		Person person = this.people.retire(id, version);
		Flash.success(redirect, "member.retired", person.getFullName());
		return "redirect:/members/" + id;
	}

	@GetMapping("/{id}/contact")
	String contactForm(@PathVariable Long id, Model model) {
		Person person = this.people.get(id);
		model.addAttribute("person", person);
		model.addAttribute("contactForm", ContactForm.from(person));
		return "members/contact";
	}

	@PostMapping("/{id}/contact")
	String updateContact(@PathVariable Long id, @Valid ContactForm contactForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Person current = this.people.get(id);
		model.addAttribute("person", current);
		try {
			return Forms.submit(result, () -> {
				this.people.updateContact(id, versionOf(contactForm.getVersion()), contactForm.getEmail(),
						contactForm.getPhone());
				Flash.success(redirect, "member.contact.updated");
				return "redirect:/members/" + id;
			}, () -> "members/contact");
		}
		catch (StaleEditException ex) {
			conflict(current, response, model, () -> contactForm.setVersion(current.getVersion()));
			return "members/contact";
		}
	}

	private static String conflict(Person current, HttpServletResponse response, Model model, Runnable takeVersion) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("conflict", current);
		takeVersion.run();
		return FORM;
	}

	private static long versionOf(Long version) {
		return (version != null) ? version : -1;
	}


}
