package org.pecgov.meeting;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;
import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Meetings: the list, planning one, its page, and moving it through its life.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

	private final MeetingService meetings;

	private final ScreeningService screening;

	private final Clock clock;

	MeetingController(MeetingService meetings, ScreeningService screening, Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.screening = screening;
	}

	@InitBinder("meetingForm")
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String list(@RequestParam(name = "when", required = false) String when,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		Boolean upcoming = "past".equals(when) ? Boolean.FALSE : ("all".equals(when) ? null : Boolean.TRUE);
		Page<Meeting> list = this.meetings.list(upcoming, PageLinks.number(page));
		model.addAttribute("meetings", list);
		model.addAttribute("pages", PageLinks.of(list, request));
		model.addAttribute("when", (upcoming == null) ? "all" : (upcoming ? "upcoming" : "past"));
		model.addAttribute("committeeNames", this.meetings.committeeNames());
		return "meetings/list";
	}

	@GetMapping("/new")
	String newMeeting(Model model) {
		MeetingForm form = new MeetingForm();
		form.setType(MeetingType.BUSINESS);
		model.addAttribute("meetingForm", form);
		return form(model, null);
	}

	@PostMapping
	String plan(@Valid MeetingForm meetingForm, BindingResult result, Model model, RedirectAttributes redirect) {
		return Forms.submitChecked(result, () -> this.meetings.problemsOf(meetingForm.toDetails()), () -> {
			Meeting meeting = this.meetings.plan(meetingForm.toDetails());
			Flash.success(redirect, "meeting.planned");
			return "redirect:/meetings/" + meeting.getId() + "/agenda";
		}, () -> form(model, null));
	}

	@GetMapping("/{id}")
	String show(@PathVariable("id") Long id, Model model) {
		MeetingPage page = this.screening.page(id);
		model.addAttribute("page", page);
		org.pecgov.security.Role role = org.pecgov.security.CurrentUser.get().getRole();
		Meeting meeting = page.meeting();
		Meeting approving = (meeting.getStatus() == MeetingStatus.HELD) ? this.meetings
			.heldBetween(meeting.getCommitteeId(), meeting.getDate().plusDays(1), LocalDate.now(this.clock))
			.stream()
			.findFirst()
			.orElse(null) : null;
		model.addAttribute("tasks", MeetingTasks.of(page,
				role == org.pecgov.security.Role.ADMIN || role == org.pecgov.security.Role.SECRETARY,
				role == org.pecgov.security.Role.CHAIR, approving));
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "meetings/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable("id") Long id, Model model) {
		Meeting meeting = this.meetings.get(id);
		model.addAttribute("meetingForm", MeetingForm.of(meeting));
		return form(model, meeting);
	}

	@PostMapping("/{id}")
	String update(@PathVariable("id") Long id, @Valid MeetingForm meetingForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Meeting current = this.meetings.get(id);
		try {
			return Forms.submitChecked(result, () -> this.meetings.problemsOf(meetingForm.toDetails()), () -> {
				this.meetings.update(id, (meetingForm.getVersion() != null) ? meetingForm.getVersion() : -1,
						meetingForm.toDetails());
				Flash.success(redirect, "meeting.updated");
				return "redirect:/meetings/" + id;
			}, () -> form(model, current));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			meetingForm.setVersion(current.getVersion());
			return form(model, current);
		}
	}

	@PostMapping("/{id}/status")
	String advance(@PathVariable("id") Long id, @RequestParam(name = "version", defaultValue = "-1") long version,
			@RequestParam(name = "status", required = false) MeetingStatus status, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			if (status == null) {
				throw new FieldException("status", "meeting.status.notNext");
			}
			if (status == MeetingStatus.AGENDA_PUBLISHED) {
				// publishing is a step of its own: the preview, the checks and the confirmation
				return "redirect:/meetings/" + id + "/agenda/publish";
			}
			this.meetings.advance(id, version, status);
			Flash.success(redirect, "meeting.status.changed." + status.name());
			return "redirect:/meetings/" + id;
		}
		catch (FieldException ex) {
			// no form object: the rule broken goes to the top of the page
			model.addAttribute("pageError", ex.getMessageKey());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
		}
		return show(id, model);
	}

	private String form(Model model, Meeting meeting) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("committees", this.meetings.committees());
		model.addAttribute("types", MeetingType.values());
		return "meetings/form";
	}

}
