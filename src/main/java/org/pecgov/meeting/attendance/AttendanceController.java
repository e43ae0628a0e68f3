package org.pecgov.meeting.attendance;

import jakarta.servlet.http.HttpServletResponse;

import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.member.PersonService;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/**
 * The attendance of a meeting, and each member's record over the committee's meetings.
 */
@Controller
@RequestMapping("/meetings/{id}/attendance")
class AttendanceController {

	private final ScreeningService screening;

	private final AttendanceService attendance;

	private final PersonService people;

	AttendanceController(ScreeningService screening, AttendanceService attendance, PersonService people) {
		this.screening = screening;
		this.attendance = attendance;
		this.people = people;
	}

	@InitBinder("attendanceForm")
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String show(@PathVariable("id") Long id, Model model) {
		MeetingPage page = this.screening.page(id);
		if (!model.containsAttribute("attendanceForm")) {
			model.addAttribute("attendanceForm", AttendanceForm.of(page));
		}
		model.addAttribute("page", page);
		model.addAttribute("records", this.attendance.records(page));
		model.addAttribute("memberStatuses", new AttendanceStatus[] { AttendanceStatus.PRESENT,
				AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT });
		org.pecgov.security.Role role = org.pecgov.security.CurrentUser.get().getRole();
		boolean staff = role == org.pecgov.security.Role.ADMIN || role == org.pecgov.security.Role.SECRETARY;
		model.addAttribute("candidates", staff ? this.people.activePeople()
			.stream()
			.filter((p) -> !page.members().contains(p.getId()) && !page.attendance().containsKey(p.getId()))
			.toList() : java.util.List.of());
		return "meetings/attendance";
	}

	@PostMapping
	String record(@PathVariable("id") Long id, @ModelAttribute("attendanceForm") AttendanceForm attendanceForm,
			BindingResult result, @RequestParam(name = "everyonePresent", required = false) String everyonePresent,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (everyonePresent != null) {
			// the button beside Save: every member not yet recorded is present; what was chosen for others stays
			attendanceForm.markMembersPresent(this.screening.page(id).members());
		}
		try {
			return Forms.submitChecked(result, () -> this.attendance.problemsOf(id, attendanceForm.getRows()), () -> {
				this.attendance.record(id, attendanceForm.getRows());
				Flash.success(redirect, "attendance.recorded");
				return "redirect:/meetings/" + id + "/attendance";
			}, () -> show(id, model));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", true);
			MeetingPage page = this.screening.page(id);
			AttendanceForm fresh = AttendanceForm.of(page);
			attendanceForm.getRows().forEach((personId, row) -> {
				if (fresh.getRows().containsKey(personId)) {
					row.setVersion(fresh.getRows().get(personId).getVersion());
				}
			});
			return show(id, model);
		}
	}

	@PostMapping("/others")
	String addInAttendance(@PathVariable("id") Long id,
			@RequestParam(name = "personId", required = false) Long personId, Model model,
			RedirectAttributes redirect) {
		try {
			this.attendance.addInAttendance(id, personId);
			Flash.success(redirect, "attendance.added");
			return "redirect:/meetings/" + id + "/attendance";
		}
		catch (FieldException ex) {
			// no form object: the rule broken is shown beside the "others in attendance" picker
			model.addAttribute("othersError", ex.getMessageKey());
			return show(id, model);
		}
	}

}
