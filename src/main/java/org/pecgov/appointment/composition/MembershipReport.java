package org.pecgov.appointment.composition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.home.HomeNotice;
import org.pecgov.indicator.ReportSection;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report's membership: everyone who held a post of the PEC during the year, with when, and whether they
 * joined or left in it.
 */
@Component
@Order(10)
@Transactional(readOnly = true)
class MembershipReport implements ReportSection.Source {

	private final CommitteeService committees;

	private final PostService posts;

	private final Holdings appointments;

	private final PersonService people;

	private final MessageSource messages;

	MembershipReport(CommitteeService committees, PostService posts, Holdings appointments, PersonService people,
			MessageSource messages) {
		this.committees = committees;
		this.posts = posts;
		this.appointments = appointments;
		this.people = people;
		this.messages = messages;
	}

	@Override
	public List<ReportSection> sections(LocalDate from, LocalDate to) {
		Committee pec = this.committees.committees().stream().filter(Committee::isPec).findFirst().orElse(null);
		if (pec == null) {
			return List.of();
		}
		Map<Long, Post> postsById = this.posts.postsOf(pec.getId())
			.stream()
			.collect(Collectors.toMap(Post::getId, Function.identity()));
		List<Appointment> held = postsById.isEmpty() ? List.of()
				: this.appointments.historyOfPosts(postsById.keySet())
					.stream()
					.filter((a) -> !a.getTermStart().isAfter(to) && (a.lastDay() == null || !a.lastDay().isBefore(from)))
					.sorted(Comparator.comparing((Appointment a) -> postsById.get(a.getPostId()).getKind())
						.thenComparing((Appointment a) -> postsById.get(a.getPostId()).getTitle())
						.thenComparing(Appointment::getTermStart))
					.toList();
		Map<Long, String> names = this.people.byIds(held.stream().map(Appointment::getPersonId).toList())
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
		List<List<String>> rows = new ArrayList<>();
		long joined = 0;
		long left = 0;
		for (Appointment a : held) {
			boolean joins = !a.getTermStart().isBefore(from);
			boolean leaves = a.lastDay() != null && !a.lastDay().isAfter(to);
			joined += joins ? 1 : 0;
			left += leaves ? 1 : 0;
			String change = joins && leaves ? say("report.membership.joinedAndLeft")
					: (joins ? say("report.membership.joined") : (leaves ? say("report.membership.left")
							: say("report.membership.throughout")));
			rows.add(List.of(names.getOrDefault(a.getPersonId(), ""), postsById.get(a.getPostId()).getTitle(),
					HomeNotice.day(a.getTermStart()), (a.lastDay() != null) ? HomeNotice.day(a.lastDay()) : "", change));
		}
		return List.of(new ReportSection(10, say("report.membership"), say("report.membership.text", held.size(), joined, left),
				List.of(say("report.membership.name"), say("report.membership.post"), say("report.membership.from"),
						say("report.membership.to"), say("report.membership.change")),
				rows));
	}

	private String say(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
