package org.pecgov.appointment.renewal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.AppointmentService;
import org.pecgov.appointment.CompositionWarning;
import org.pecgov.appointment.RenewalCondition;
import org.pecgov.appointment.TermForm;
import org.pecgov.committee.PostService;
import org.pecgov.member.PersonService;
import org.pecgov.shared.FieldException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Renewing a term through the reappointment gate: each condition shown met or not; renewing over an
 * unmet one needs a reason, which is kept with the new appointment.
 */
@Controller
@RequestMapping("/appointments/{id}/renew")
class RenewalController {

	/** Fields of the shared term form that the renewal form does not show: their rules are the page's. */
	private static final Set<String> NOT_ON_THE_FORM = Set.of("personId", "postId", "purpose");

	private final AppointmentService appointments;

	private final RenewalService renewals;

	private final PostService posts;

	private final PersonService people;

	RenewalController(AppointmentService appointments, RenewalService renewals, PostService posts, PersonService people) {
		this.appointments = appointments;
		this.renewals = renewals;
		this.posts = posts;
		this.people = people;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
		binder.setAllowedFields("termStart", "termEnd", "boardSeat", "renewalReason", "confirmed");
	}

	@GetMapping
	String form(@PathVariable Long id, Model model) {
		Appointment appointment = this.appointments.get(id);
		TermForm form = new TermForm();
		if (appointment.getTermEnd() != null) {
			LocalDate start = appointment.getTermEnd().plusDays(1);
			Period length = Period.between(appointment.getTermStart(), start);
			form.setTermStart(start);
			form.setTermEnd(start.plus(length).minusDays(1));
		}
		form.setBoardSeat(appointment.isBoardSeat());
		model.addAttribute("termForm", form);
		return page(appointment, model);
	}

	@PostMapping
	String renew(@PathVariable Long id, @Valid @ModelAttribute("termForm") TermForm termForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Appointment appointment = this.appointments.get(id);
		if (!result.hasErrors() && !termForm.datesPlausible()) {
			result.rejectValue("termStart", "term.dates.implausible");
		}
		List<FieldException.Problem> problems = this.renewals.problemsOf(id, termForm.getTermStart(),
				termForm.getTermEnd());
		if (result.hasErrors() || !problems.isEmpty()) {
			problems.forEach((problem) -> refuse(result, problem));
			List<RenewalCondition> conditions = this.appointments.renewalConditions(appointment);
			if (!RenewalCondition.unmet(conditions).isEmpty() && termForm.getRenewalReason() == null
					&& !result.hasFieldErrors("renewalReason")) {
				result.rejectValue("renewalReason", "renewal.reason.required");
			}
			return page(appointment, conditions, model);
		}
		try {
			return Forms.submit(result, () -> {
				Appointment renewal = this.renewals.renew(id, termForm.toCommand().term(), termForm.isBoardSeat(),
						termForm.getRenewalReason(), termForm.isConfirmed());
				Flash.success(redirect, "renewal.done");
				return "redirect:/appointments/" + renewal.getId();
			}, (ex) -> ex.getProblems().forEach((problem) -> refuse(result, problem)), () -> page(appointment, model));
		}
		catch (CompositionWarning warning) {
			model.addAttribute("warning", warning.getBroken());
			return page(appointment, model);
		}
	}

	private static void refuse(BindingResult result, FieldException.Problem problem) {
		if (NOT_ON_THE_FORM.contains(problem.field())) {
			result.reject(problem.messageKey(), problem.arguments(), null);
		}
		else {
			Forms.reject(result, List.of(problem));
		}
	}

	private String page(Appointment appointment, Model model) {
		return page(appointment, this.appointments.renewalConditions(appointment), model);
	}

	private String page(Appointment appointment, List<RenewalCondition> conditions, Model model) {
		model.addAttribute("appointment", appointment);
		model.addAttribute("post", this.posts.get(appointment.getPostId()));
		model.addAttribute("person", this.people.byIds(List.of(appointment.getPersonId())).get(0));
		model.addAttribute("conditions", conditions);
		model.addAttribute("unmet", RenewalCondition.unmet(conditions));
		RenewalService.Standing standing = this.renewals.standing(appointment);
		model.addAttribute("renewable", standing.renewable());
		model.addAttribute("whyNot", standing.whyNot());
		model.addAttribute("renewal", standing.renewal());
		return "appointments/renew";
	}

}
