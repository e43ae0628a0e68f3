package org.pecgov.meeting.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coming meetings (the next three within six weeks), screened as their pages screen them: for the
 * secretary whatever keeps each from being ready (its agenda not published, conflicts without a plan, debated
 * items without papers, items that would be inquorate); for the chair the people flagged with no plan; for a
 * member their next meeting, its papers, and the items they are flagged on with the plan for each.
 */
@Component
@Order(40)
@Transactional(readOnly = true)
class ReadinessNotices implements HomeNotice.Source {

	static final int DAYS_AHEAD = 42;

	static final int SOON_DAYS = 14;

	private final MeetingService meetings;

	private final ScreeningService screening;

	private final MessageSource messages;

	ReadinessNotices(MeetingService meetings, ScreeningService screening, MessageSource messages) {
		this.meetings = meetings;
		this.screening = screening;
		this.messages = messages;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if (!Role.PCT_ROLES.contains(user.getRole()) || user.getOrganisationId() == null
				|| user.getRole() == Role.ADMIN) {
			return List.of();
		}
		LocalDate today = this.meetings.today();
		List<Meeting> coming = this.meetings.next(today.plusDays(DAYS_AHEAD))
			.stream()
			.filter(Meeting::isAgendaOpen)
			.toList();
		if (coming.isEmpty()) {
			return List.of();
		}
		Map<Long, String> committees = this.meetings.committeeNames();
		List<HomeNotice> notices = new ArrayList<>();
		Set<String> unplanned = new LinkedHashSet<>();
		Long firstUnplanned = null;
		boolean mineShown = false;
		for (MeetingPage page : this.screening.pages(coming)) {
			Meeting meeting = page.meeting();
			String what = committees.getOrDefault(meeting.getCommitteeId(), "");
			String day = HomeNotice.day(meeting.getDate());
			Urgency urgency = meeting.getDate().isAfter(today.plusDays(SOON_DAYS)) ? Urgency.TO_DO : Urgency.DUE_SOON;
			if (user.getRole() == Role.SECRETARY) {
				List<String> problems = problems(page);
				if (!problems.isEmpty()) {
					notices.add(HomeNotice.of(urgency, "home.todo.MEETING_NOT_READY", new Object[] { what, day },
							problems, "/meetings/" + meeting.getId() + "/agenda", "home.todo.act.agenda"));
				}
			}
			if (user.getRole() == Role.CHAIR || user.getRole() == Role.SECRETARY) {
				for (Screening.ItemResult item : page.screening().items()) {
					for (Screening.Flag flag : item.flags()) {
						if (!flag.isPlanned()) {
							unplanned.add(say("home.todo.flaggedLine", flag.person().name(), what, day));
							firstUnplanned = (firstUnplanned != null) ? firstUnplanned : meeting.getId();
						}
					}
				}
			}
			if (user.getPersonId() != null && !mineShown && expects(page, user.getPersonId())) {
				mineShown = true;
				notices.add(mine(page, user.getPersonId(), what, day, urgency));
			}
		}
		if (!unplanned.isEmpty() && user.getRole() == Role.CHAIR) {
			notices.add(HomeNotice.of(Urgency.DUE_SOON, "home.todo.FLAGGED_WITHOUT_PLAN",
					new Object[] { unplanned.size() }, List.copyOf(unplanned),
					"/meetings/" + firstUnplanned + "/conflicts", "home.todo.act.conflicts"));
		}
		return notices;
	}

	private List<String> problems(MeetingPage page) {
		List<String> problems = new ArrayList<>();
		if (page.meeting().getStatus() == MeetingStatus.PLANNED) {
			problems.add(say("home.todo.ready.unpublished"));
		}
		if (page.items().isEmpty()) {
			problems.add(say("home.todo.ready.noItems"));
		}
		long unplanned = page.screening().items().stream().mapToLong((i) -> i.flags().stream().filter((f) -> !f.isPlanned()).count()).sum();
		if (unplanned > 0) {
			problems.add(say("home.todo.ready.unplanned", unplanned));
		}
		long withoutPapers = page.items()
			.stream()
			.filter((i) -> i.getPurpose().isDebated() && page.papersOf(i.getId()).isEmpty())
			.count();
		if (withoutPapers > 0) {
			problems.add(say("home.todo.ready.noPapers", withoutPapers));
		}
		long inquorate = page.screening().items().stream().filter(Screening.ItemResult::isInquorate).count();
		if (inquorate > 0) {
			problems.add(say("home.todo.ready.inquorate", inquorate));
		}
		return problems;
	}

	private static boolean expects(MeetingPage page, Long personId) {
		return page.members().contains(personId) || page.attendance().containsKey(personId);
	}

	private HomeNotice mine(MeetingPage page, Long me, String what, String day, Urgency urgency) {
		List<String> lines = new ArrayList<>();
		long papers = 0;
		for (int i = 0; i < page.items().size(); i++) {
			AgendaItem item = page.items().get(i);
			if (!page.noPapers(item.getId(), me)) {
				papers += page.papersOf(item.getId()).size();
			}
			Screening.ItemResult result = page.resultOf(item.getId());
			if (result == null) {
				continue;
			}
			for (Screening.Flag flag : result.flags()) {
				if (flag.person().personId().equals(me)) {
					String plan = (flag.plan() != null) ? say("PlanChoice." + flag.plan().name())
							: say("home.todo.noPlanYet");
					lines.add(say("home.todo.myItemLine", i + 1, item.getTitle(), plan));
				}
			}
		}
		return new HomeNotice(urgency, lines.isEmpty() ? "home.todo.MY_NEXT_MEETING" : "home.todo.MY_NEXT_MEETING_FLAGGED",
				new Object[] { what, day, papers, lines.size() }, lines, "/meetings/" + page.meeting().getId() + "/agenda",
				"home.todo.act.myMeeting", null);
	}

	private String say(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
