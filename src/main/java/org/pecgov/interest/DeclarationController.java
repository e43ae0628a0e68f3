package org.pecgov.interest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.interest.round.DeclarationRound;
import org.pecgov.interest.round.RoundReturn;
import org.pecgov.interest.round.RoundService;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.security.access.AccessDeniedException;
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
 * Declaring interests: a member's own, or staff on someone's behalf.
 */
@Controller
@RequestMapping("/declarations")
class DeclarationController {

	private static final String FORM = "declarations/form";

	private final DeclarationService declarations;

	private final DirectoryService directory;

	private final PersonService people;

	private final RoundService rounds;

	private final Clock clock;

	DeclarationController(DeclarationService declarations, DirectoryService directory, PersonService people,
			RoundService rounds, Clock clock) {
		this.clock = clock;
		this.declarations = declarations;
		this.directory = directory;
		this.people = people;
		this.rounds = rounds;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping("/mine")
	String mine(Model model) {
		List<Declaration> mine = this.declarations.mine();
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("declarations", mine);
		model.addAttribute("round", this.rounds.current());
		model.addAttribute("myReturn", this.rounds.returnOf(CurrentUser.get().getPersonId()).orElse(null));
		model.addAttribute("today", today);
		// "up to date" needs something current to confirm; with nothing current, only a nil return is offered
		model.addAttribute("hasCurrent", mine.stream().anyMatch((d) -> d.isCurrent(today)));
		return "declarations/mine";
	}

	@PostMapping("/returns")
	String makeReturn(@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "statement", required = false) String statement, Model model,
			RedirectAttributes redirect) {
		Long personId = CurrentUser.get().getPersonId();
		try {
			if (personId == null) {
				throw new FieldException("round", "round.notOnRegister");
			}
			RoundReturn.Kind chosen = "NIL".equals(kind) ? RoundReturn.Kind.NIL
					: ("CONFIRMED".equals(kind) ? RoundReturn.Kind.CONFIRMED : null);
			if (chosen == null) {
				throw new FieldException("round", "round.kind.required");
			}
			if (chosen == RoundReturn.Kind.NIL && !"CONFIRMED".equals(statement)) {
				// a nil return is a statement the member makes, not a button pressed by chance
				throw new FieldException("statement", "round.nil.statement.required");
			}
			this.rounds.make(personId, chosen);
			Flash.success(redirect, (chosen == RoundReturn.Kind.NIL) ? "round.nil.made" : "round.confirmed.made");
			return "redirect:/declarations/mine";
		}
		catch (FieldException ex) {
			// no form object: the rule broken goes to the top of the page
			model.addAttribute("pageError", ex.getMessageKey());
			return mine(model);
		}
	}

	@GetMapping("/new")
	String newForm(@RequestParam(name = "person", required = false) Long personId, Model model) {
		PecgovPrincipal user = CurrentUser.get();
		boolean staff = user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY;
		if (!staff && personId != null && !personId.equals(user.getPersonId())) {
			throw new AccessDeniedException("Only staff declare on someone else's behalf");
		}
		DeclarationForm form = new DeclarationForm();
		form.setPersonId((personId != null) ? personId : user.getPersonId());
		model.addAttribute("declarationForm", form);
		return form(form.getPersonId(), null, model);
	}

	@PostMapping
	String create(@Valid DeclarationForm declarationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long personId = (declarationForm.getPersonId() != null) ? declarationForm.getPersonId()
				: CurrentUser.get().getPersonId();
		checkDates(declarationForm, result);
		return Forms.submitChecked(result, () -> checks(declarationForm), () -> {
			Declaration declared = this.declarations.declare(personId, declarationForm.toDetails());
			Flash.success(redirect, (declared.getReviewStatus() == ReviewStatus.PENDING) ? "declaration.created.review"
					: "declaration.created");
			if (this.declarations.isLate(declared)) {
				// the declarant learns at once that it is on the record as late, and why
				Flash.important(redirect, new Flash.Important("declaration.late",
						new Object[] { DeclarationRound.DAYS_TO_DECLARE }, List.of(), null, null));
			}
			return back(personId);
		}, () -> form(personId, null, model));
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Declaration declaration = this.declarations.getForChange(id);
		model.addAttribute("declarationForm", DeclarationForm.from(declaration));
		return form(declaration.getPersonId(), declaration, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid DeclarationForm declarationForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Declaration current = this.declarations.getForChange(id);
		checkDates(declarationForm, result);
		try {
			return Forms.submitChecked(result, () -> checks(declarationForm), () -> {
				Declaration saved = this.declarations.update(id,
						(declarationForm.getVersion() != null) ? declarationForm.getVersion() : -1,
						declarationForm.toDetails());
				Flash.success(redirect, (saved.getReviewStatus() == ReviewStatus.PENDING) ? "declaration.updated.review"
						: "declaration.updated");
				return back(current.getPersonId());
			}, () -> form(current.getPersonId(), current, model));
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			declarationForm.setVersion(current.getVersion());
			return form(current.getPersonId(), current, model);
		}
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable Long id, @RequestParam("version") long version,
			@RequestParam(name = "endOn", required = false) String toDate, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Declaration current = this.declarations.getForChange(id);
		try {
			LocalDate on = (toDate == null || toDate.isBlank()) ? null : LocalDate.parse(toDate);
			if (on == null) {
				throw new FieldException("toDate", "declaration.toDate.required");
			}
			this.declarations.end(id, version, on);
		}
		catch (FieldException ex) {
			// not the declaration form's own input: the rule broken goes to the top of the page
			model.addAttribute("pageError", ex.getMessageKey());
			model.addAttribute("declarationForm", DeclarationForm.from(current));
			return form(current.getPersonId(), current, model);
		}
		catch (DateTimeParseException ex) {
			String parts = org.pecgov.web.DateParts.messageKey(toDate);
			model.addAttribute("pageError", (parts != null) ? parts : "declaration.toDate.invalid");
			model.addAttribute("declarationForm", DeclarationForm.from(current));
			return form(current.getPersonId(), current, model);
		}
		catch (StaleEditException ex) {
			// Someone changed the declaration meanwhile: say so, keep the date typed, and offer the fresh version.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			model.addAttribute("endConflict", true);
			model.addAttribute("declarationForm", DeclarationForm.from(current));
			return form(current.getPersonId(), current, model);
		}
		Flash.success(redirect, "declaration.ended");
		return back(current.getPersonId());
	}

	/** The declaration's own rules, checked with the form's so that every problem is said at once. */
	private List<FieldException.Problem> checks(DeclarationForm form) {
		return this.declarations.problemsOf(form.toDetails());
	}

	private static void checkDates(DeclarationForm form, BindingResult result) {
		if (!result.hasFieldErrors("fromDate") && !form.fromDatePlausible()) {
			result.rejectValue("fromDate", "declaration.dates.implausible");
		}
		if (!result.hasFieldErrors("toDate") && !form.toDatePlausible()) {
			result.rejectValue("toDate", "declaration.toDate.implausible");
		}
	}

	private static String back(Long personId) {
		return personId.equals(CurrentUser.get().getPersonId()) ? "redirect:/declarations/mine"
				: "redirect:/interests?declarant=" + personId;
	}

	private String form(Long personId, Declaration declaration, Model model) {
		if (personId == null) {
			return "redirect:/declarations/mine";
		}
		model.addAttribute("declarant", this.people.byIds(java.util.List.of(personId)).stream().findFirst()
			.orElseThrow(() -> new org.pecgov.shared.NotFoundException("Person", personId)));
		model.addAttribute("declaration", declaration);
		model.addAttribute("kinds", InterestKind.values());
		model.addAttribute("categories", InterestCategory.values());
		model.addAttribute("organisations", this.directory.active());
		return FORM;
	}

}
