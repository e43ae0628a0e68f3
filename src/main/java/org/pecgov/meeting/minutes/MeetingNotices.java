package org.pecgov.meeting.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pecgov.home.HomeNotice;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders of meetings for the home page: actions overdue, the user's own and, for the secretary, all.
 */
@Component
@Transactional(readOnly = true)
class MeetingNotices implements HomeNotice.Source {

	private final ActionRepository actions;

	private final Clock clock;

	MeetingNotices(ActionRepository actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if (!Role.PCT_ROLES.contains(user.getRole()) || user.getOrganisationId() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<HomeNotice> notices = new ArrayList<>();
		if (user.getPersonId() != null) {
			long mine = this.actions.countByOrganisationIdAndOwnerIdAndStatusAndDueOnBefore(user.getOrganisationId(),
					user.getPersonId(), ActionStatus.OPEN, today);
			if (mine > 0) {
				notices.add(new HomeNotice("home.reminder.MY_ACTIONS_OVERDUE", new Object[] { mine }, "/actions",
						"home.reminder.act.actions", true));
			}
		}
		if (user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY) {
			long all = this.actions.countByOrganisationIdAndStatusAndDueOnBefore(user.getOrganisationId(),
					ActionStatus.OPEN, today);
			if (all > 0) {
				notices.add(new HomeNotice("home.reminder.ACTIONS_OVERDUE", new Object[] { all }, "/actions",
						"home.reminder.act.actions", false));
			}
		}
		return notices;
	}

}
