package org.pecgov.meeting.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.meeting.attendance.AttendanceRecords;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings already past, on the home page: for the secretary those of the last year not recorded as held, or
 * held without attendance or minutes; for a committee's chair the minutes they can approve (those of a held
 * meeting, at the committee's next held meeting); actions overdue, the user's own and, for the secretary and
 * administrators, all.
 */
@Component
@Order(50)
@Transactional(readOnly = true)
class MeetingNotices implements HomeNotice.Source {

	/** A user's own open actions due within this many days are on their home page. */
	static final int ACTIONS_DUE_WITHIN_DAYS = 7;

	private final ActionRepository actions;

	private final MeetingService meetings;

	private final AttendanceRecords attendance;

	private final AgendaItems items;

	private final Holdings appointments;

	private final PostService posts;

	private final MessageSource messages;

	private final Clock clock;

	MeetingNotices(ActionRepository actions, MeetingService meetings, AttendanceRecords attendance, AgendaItems items,
			Holdings appointments, PostService posts, MessageSource messages, Clock clock) {
		this.actions = actions;
		this.meetings = meetings;
		this.attendance = attendance;
		this.items = items;
		this.appointments = appointments;
		this.posts = posts;
		this.messages = messages;
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
		if (user.getRole() == Role.SECRETARY || user.getRole() == Role.CHAIR) {
			List<Meeting> past = this.meetings.notApprovedBetween(today.minusYears(1), today.minusDays(1));
			Map<Long, String> committees = this.meetings.committeeNames();
			if (user.getRole() == Role.SECRETARY) {
				notices.addAll(unrecorded(past, committees));
			}
			else if (user.getPersonId() != null) {
				notices.addAll(toApprove(past, committees, user.getPersonId(), today));
			}
		}
		if (user.getPersonId() != null) {
			long mine = this.actions.countByOrganisationIdAndOwnerIdAndStatusAndDueOnBefore(user.getOrganisationId(),
					user.getPersonId(), ActionStatus.OPEN, today);
			if (mine > 0) {
				notices.add(new HomeNotice("home.reminder.MY_ACTIONS_OVERDUE", new Object[] { mine }, "/actions?mine=true",
						"home.reminder.act.actions", true));
			}
			long soon = this.actions.countByOrganisationIdAndOwnerIdAndStatusAndDueOnBetween(user.getOrganisationId(),
					user.getPersonId(), ActionStatus.OPEN, today, today.plusDays(ACTIONS_DUE_WITHIN_DAYS));
			if (soon > 0) {
				notices.add(HomeNotice.of(Urgency.DUE_SOON, "home.todo.MY_ACTIONS_DUE",
						new Object[] { soon, ACTIONS_DUE_WITHIN_DAYS }, List.of(), "/actions?mine=true",
						"home.reminder.act.actions"));
			}
		}
		if (user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY) {
			long all = this.actions.countByOrganisationIdAndStatusAndDueOnBefore(user.getOrganisationId(),
					ActionStatus.OPEN, today);
			if (all > 0) {
				notices.add(new HomeNotice("home.reminder.ACTIONS_OVERDUE", new Object[] { all }, "/actions",
						"home.reminder.act.actions", user.getRole() == Role.SECRETARY));
			}
		}
		return notices;
	}

	private List<HomeNotice> unrecorded(List<Meeting> past, Map<Long, String> committees) {
		List<Long> held = past.stream().filter((m) -> m.getStatus() == MeetingStatus.HELD).map(Meeting::getId).toList();
		Set<Long> attended = this.attendance.recordedAt(held);
		Set<Long> minuted = this.items.withMinutes(held);
		List<HomeNotice> notices = new ArrayList<>();
		for (Meeting m : past) {
			String what = committees.getOrDefault(m.getCommitteeId(), "");
			String day = HomeNotice.day(m.getDate());
			if (m.isAgendaOpen()) {
				notices.add(HomeNotice.of(Urgency.OVERDUE, "home.todo.NOT_RECORDED_HELD", new Object[] { what, day },
						List.of(), "/meetings/" + m.getId(), "home.todo.act.meeting"));
				continue;
			}
			List<String> missing = new ArrayList<>();
			if (!attended.contains(m.getId())) {
				missing.add(say("home.todo.held.noAttendance"));
			}
			if (!minuted.contains(m.getId())) {
				missing.add(say("home.todo.held.noMinutes"));
			}
			if (!missing.isEmpty()) {
				notices.add(HomeNotice.of(Urgency.OVERDUE, "home.todo.HELD_INCOMPLETE", new Object[] { what, day },
						missing, "/meetings/" + m.getId() + (attended.contains(m.getId()) ? "/minutes" : "/attendance"),
						attended.contains(m.getId()) ? "home.todo.act.minutes" : "home.todo.act.attendance"));
			}
		}
		return notices;
	}

	/**
	 * A held meeting's minutes are approved at the committee's next held meeting, by its chair: each such pair
	 * of the committees the user chairs.
	 */
	private List<HomeNotice> toApprove(List<Meeting> past, Map<Long, String> committees, Long me, LocalDate today) {
		Map<Long, Post> postsById = this.posts.allPosts().stream().collect(Collectors.toMap(Post::getId, Function.identity()));
		Set<Long> chaired = this.appointments.currentOf(me, today)
			.stream()
			.map(Appointment::getPostId)
			.map(postsById::get)
			.filter((p) -> p != null && (p.getKind() == PostKind.CHAIR || p.getKind() == PostKind.DEPUTY_CHAIR))
			.map(Post::getCommitteeId)
			.collect(Collectors.toSet());
		Map<Long, Meeting> lastHeld = new HashMap<>();
		List<HomeNotice> notices = new ArrayList<>();
		for (Meeting m : past) {
			if (!chaired.contains(m.getCommitteeId()) || m.getStatus() != MeetingStatus.HELD) {
				continue;
			}
			if (m.getMinutesSentOn() != null && m.getMinutesCommentedOn() == null) {
				notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.MINUTES_TO_REVIEW",
						new Object[] { committees.getOrDefault(m.getCommitteeId(), ""), HomeNotice.day(m.getDate()) },
						List.of(), "/meetings/" + m.getId() + "/minutes#review", "home.todo.act.review"));
			}
			Meeting previous = lastHeld.put(m.getCommitteeId(), m);
			if (previous != null) {
				notices.add(HomeNotice.of(Urgency.DUE_SOON, "home.todo.MINUTES_TO_APPROVE",
						new Object[] { committees.getOrDefault(m.getCommitteeId(), ""), HomeNotice.day(previous.getDate()),
								HomeNotice.day(m.getDate()) },
						List.of(), "/meetings/" + m.getId() + "/minutes", "home.todo.act.approve"));
			}
		}
		return notices;
	}

	private String say(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
