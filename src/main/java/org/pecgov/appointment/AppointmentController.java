package org.pecgov.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.appointment.renewal.RenewalService;
import org.pecgov.committee.Post;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.PostService;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.CompositionCheck;
import org.pecgov.web.Flash;
import org.pecgov.web.Ids;
import org.pecgov.web.Forms;

import org.springframework.beans.factory.ObjectProvider;
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
 * Appointments: read one, appoint directly (e.g. an ex officio member), end one.
 */
@Controller
@RequestMapping("/appointments")
class AppointmentController {

	private final AppointmentService appointments;

	private final PostService posts;

	private final PersonService people;

	private final RenewalService renewals;

	private final Clock clock;

	private final ObjectProvider<CompositionCheck> composition;

	private final CommitteeService committees;

	AppointmentController(AppointmentService appointments, RenewalService renewals, PostService posts,
			PersonService people, Clock clock, ObjectProvider<CompositionCheck> composition,
			CommitteeService committees) {
		this.committees = committees;
		this.composition = composition;
		this.appointments = appointments;
		this.renewals = renewals;
		this.posts = posts;
		this.people = people;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		Appointment appointment = this.appointments.get(id);
		model.addAttribute("appointment", appointment);
		Post post = this.posts.get(appointment.getPostId());
		model.addAttribute("post", post);
		model.addAttribute("committee", this.committees.get(post.getCommitteeId()));
		model.addAttribute("person", this.people.byIds(java.util.List.of(appointment.getPersonId())).get(0));
		model.addAttribute("specification", this.posts.specification(appointment.getSpecificationId()));
		Role role = CurrentUser.get().getRole();
		if ((role == Role.ADMIN || role == Role.CHAIR) && this.renewals.considered(appointment)) {
			RenewalService.Standing standing = this.renewals.standing(appointment);
			model.addAttribute("renewal", standing.renewal());
			if (standing.renewal() == null) {
				model.addAttribute("conditions", this.appointments.renewalConditions(appointment));
				model.addAttribute("renewable", standing.renewable());
			}
		}
		return "appointments/show";
	}

	/**
	 * The form to appoint to a post; from a member's record (person, no post yet) the post is chosen first,
	 * and the person comes chosen.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(name = "post", required = false) String post,
			@RequestParam(name = "person", required = false) String person,
			@RequestParam(name = "choose", required = false) String choose, Model model) {
		Long personId = Ids.of(person);
		var active = this.people.activePeople();
		model.addAttribute("people", active);
		var chosen = (personId == null) ? null
				: active.stream().filter((p) -> p.getId().equals(personId)).findFirst().orElse(null);
		if (person != null && chosen == null) {
			// not an active member of this PCT's register: another PCT's, retired, or no one
			throw new org.pecgov.shared.NotFoundException("Person", personId);
		}
		Long postId = Ids.of(post);
		if (postId == null) {
			if (chosen == null) {
				return "redirect:/committees";
			}
			model.addAttribute("person", chosen);
			model.addAttribute("committeeNames", this.committees.committees()
				.stream()
				.collect(java.util.stream.Collectors.toMap(Committee::getId, Committee::getName)));
			model.addAttribute("posts", this.posts.allPosts().stream().filter((p) -> !p.isRetired()).toList());
			if (choose != null) {
				model.addAttribute("postError", "appointment.post.required");
			}
			return "appointments/choose-post";
		}
		TermForm form = new TermForm();
		form.setPostId(postId);
		form.setTermStart(LocalDate.now(this.clock));
		if (chosen != null) {
			form.setPersonId(chosen.getId());
		}
		model.addAttribute("termForm", form);
		return form(postId, model);
	}

	@PostMapping
	String create(@Valid TermForm termForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (termForm.getPostId() == null) {
			return "redirect:/committees";
		}
		if (termForm.getPersonId() == null) {
			result.rejectValue("personId", "appointment.person.required");
		}
		if (!result.hasErrors() && !termForm.datesPlausible()) {
			result.rejectValue("termStart", "term.dates.implausible");
		}
		try {
			return Forms.submitChecked(result, () -> this.appointments.problemsOf(termForm.getPostId(),
					termForm.getPersonId(), termForm.getTermStart(), termForm.getTermEnd(), termForm.getPurpose()), () -> {
				Appointment appointment = CompositionCheck.watching(this.composition.getIfAvailable(), redirect,
						() -> this.appointments.appoint(termForm.toCommand(), null));
				Flash.success(redirect, "appointment.created");
				return "redirect:/appointments/" + appointment.getId();
			}, (ex) -> {
				Forms.reject(result, ex);
				if (ex instanceof RenewalReasonRequired renewal) {
					model.addAttribute("conditions", renewal.getConditions());
				}
			}, () -> formAgain(termForm, model));
		}
		catch (CompositionWarning warning) {
			model.addAttribute("warning", warning.getBroken());
			return formAgain(termForm, model);
		}
	}

	@GetMapping("/{id}/end")
	String endForm(@PathVariable Long id, Model model) {
		Appointment appointment = this.appointments.get(id);
		EndForm form = new EndForm();
		form.setVersion(appointment.getVersion());
		form.setEndedOn(LocalDate.now(this.clock));
		model.addAttribute("endForm", form);
		return endPage(appointment, model);
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable Long id, @Valid EndForm endForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Appointment appointment = this.appointments.get(id);
		try {
			return Forms.submit(result, () -> {
				CompositionCheck.watching(this.composition.getIfAvailable(), redirect,
						() -> this.appointments.end(id, (endForm.getVersion() != null) ? endForm.getVersion() : -1,
								endForm.getEndedOn(), endForm.getReason(), endForm.isConfirmed()));
				Flash.success(redirect, "appointment.ended");
				return "redirect:/appointments/" + id;
			}, () -> endPage(appointment, model));
		}
		catch (CompositionWarning warning) {
			model.addAttribute("warning", warning.getBroken());
			return endPage(appointment, model);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			endForm.setVersion(appointment.getVersion());
			return endPage(appointment, model);
		}
	}

	private String endPage(Appointment appointment, Model model) {
		model.addAttribute("appointment", appointment);
		model.addAttribute("post", this.posts.get(appointment.getPostId()));
		model.addAttribute("person", this.people.byIds(java.util.List.of(appointment.getPersonId())).get(0));
		model.addAttribute("reasons", EndReason.values());
		return "appointments/end";
	}

	/** The form shown again; when it would renew the person's term, with the reappointment gate. */
	private String formAgain(TermForm termForm, Model model) {
		if (!model.containsAttribute("conditions") && termForm.getPersonId() != null && termForm.getTermStart() != null) {
			List<RenewalCondition> conditions = this.renewals.conditionsFor(termForm.getPostId(), termForm.getPersonId(),
					termForm.getTermStart());
			if (!conditions.isEmpty()) {
				model.addAttribute("conditions", conditions);
			}
		}
		return form(termForm.getPostId(), model);
	}

	private String form(Long postId, Model model) {
		Post post = this.posts.get(postId);
		model.addAttribute("post", post);
		if (!model.containsAttribute("people")) {
			model.addAttribute("people", this.people.activePeople());
		}
		return "appointments/form";
	}

}
