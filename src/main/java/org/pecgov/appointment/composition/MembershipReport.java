package org.pecgov.appointment.composition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
		List<Appointment> history = postsById.isEmpty() ? List.of()
				: this.appointments.historyOfPosts(postsById.keySet());
		List<Appointment> held = history.stream()
					.filter((a) -> !a.getTermStart().isAfter(to) && (a.lastDay() == null || !a.lastDay().isBefore(from)))
					.sorted(Comparator.comparing((Appointment a) -> postsById.get(a.getPostId()).getKind())
						.thenComparing((Appointment a) -> postsById.get(a.getPostId()).getTitle())
						.thenComparing(Appointment::getTermStart))
					.toList();
		Map<Long, String> names = this.people.byIds(held.stream().map(Appointment::getPersonId).toList())
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
		List<List<String>> rows = new ArrayList<>();
		Set<Long> joined = new HashSet<>();
		Set<Long> left = new HashSet<>();
		for (Appointment a : held) {
			// a renewal continues a membership: the term it follows neither ends it nor does the renewal start one
			boolean joins = !a.getTermStart().isBefore(from) && !continues(a, history);
			boolean ends = a.lastDay() != null && !a.lastDay().isAfter(to);
			boolean renewed = ends && continuedBy(a, history);
			boolean leaves = ends && !renewed;
			if (joins) {
				joined.add(a.getPersonId());
			}
			if (leaves) {
				left.add(a.getPersonId());
			}
			String change = joins && leaves ? say("report.membership.joinedAndLeft")
					: (joins ? say("report.membership.joined") : (leaves ? say("report.membership.left")
							: (renewed ? say("report.membership.renewed") : say("report.membership.throughout"))));
			rows.add(List.of(names.getOrDefault(a.getPersonId(), ""), postsById.get(a.getPostId()).getTitle(),
					HomeNotice.day(a.getTermStart()), (a.lastDay() != null) ? HomeNotice.day(a.lastDay()) : "", change));
		}
		long people = held.stream().map(Appointment::getPersonId).distinct().count();
		return List.of(new ReportSection(10, say("report.membership"),
				say("report.membership.text", people, joined.size(), left.size()),
				List.of(say("report.membership.name"), say("report.membership.post"), say("report.membership.from"),
						say("report.membership.to"), say("report.membership.change")),
				rows));
	}

	/** Whether the same person's term in the same post ended the day before this one started (or overlapped it). */
	static boolean continues(Appointment a, List<Appointment> history) {
		return history.stream()
			.anyMatch((b) -> b != a && b.getPersonId().equals(a.getPersonId()) && b.getPostId().equals(a.getPostId())
					&& b.getTermStart().isBefore(a.getTermStart())
					&& (b.lastDay() == null || !b.lastDay().plusDays(1).isBefore(a.getTermStart())));
	}

	/** Whether the same person's next term in the same post starts no later than the day after this one ends. */
	static boolean continuedBy(Appointment a, List<Appointment> history) {
		return history.stream()
			.anyMatch((b) -> b != a && b.getPersonId().equals(a.getPersonId()) && b.getPostId().equals(a.getPostId())
					&& b.getTermStart().isAfter(a.getTermStart()) && !b.getTermStart().isAfter(a.lastDay().plusDays(1)));
	}

	private String say(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
