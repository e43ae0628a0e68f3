package org.pecgov.meeting;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every meeting page knows about the user: whether they run meetings, and who they are on the
 * register.
 */
@ControllerAdvice(assignableTypes = MeetingController.class, basePackages = { "org.pecgov.meeting.agenda",
		"org.pecgov.meeting.screening", "org.pecgov.meeting.attendance", "org.pecgov.meeting.minutes",
		"org.pecgov.meeting.publishing" })
class MeetingModel {

	@ModelAttribute("staff")
	boolean staff() {
		PecgovPrincipal user = CurrentUser.get();
		return user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY;
	}

	/** Whether the user reads everyone's interests (a member reads only their own). */
	@ModelAttribute("fullView")
	boolean fullView() {
		return CurrentUser.get().getRole() != Role.MEMBER;
	}

	@ModelAttribute("me")
	Long me() {
		return CurrentUser.get().getPersonId();
	}

}
