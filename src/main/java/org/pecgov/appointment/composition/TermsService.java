package org.pecgov.appointment.composition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
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
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Terms: which end soon, how endings spread over the coming years, and where they bunch.
 */
@Service
@Transactional(readOnly = true)
public class TermsService {

	static final int FORECAST_QUARTERS = 16;

	private final Holdings appointments;

	private final PostService posts;

	private final CommitteeService committees;

	private final PersonService people;

	private final SettingsService settings;

	private final Clock clock;

	TermsService(Holdings appointments, PostService posts, CommitteeService committees,
			PersonService people, SettingsService settings, Clock clock) {
		this.appointments = appointments;
		this.posts = posts;
		this.committees = committees;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The terms page, in a fixed number of queries. A member sees their own terms only.
	 * @return the view
	 */
	public TermsView terms() {
		Long organisationId = CurrentUser.readableOrganisationId();
		LocalDate today = LocalDate.now(this.clock);
		List<Appointment> current = this.appointments.currentOrComingIn(organisationId, today);
		boolean member = CurrentUser.get().getRole() == Role.MEMBER;
		if (member) {
			Long own = CurrentUser.get().getPersonId();
			current = current.stream().filter((a) -> a.getPersonId().equals(own)).toList();
		}
		Map<Long, Post> postsById = this.posts.allPosts().stream().collect(Collectors.toMap(Post::getId, Function.identity()));
		Map<Long, Committee> committeesById = this.committees.committees()
			.stream()
			.collect(Collectors.toMap(Committee::getId, Function.identity()));
		Map<Long, Person> holders = this.people.byIds(Composition.personIds(current))
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		List<TermsView.Line> lines = current.stream()
			.filter((a) -> postsById.containsKey(a.getPostId()) && holders.containsKey(a.getPersonId()))
			.map((a) -> {
				Post post = postsById.get(a.getPostId());
				return new TermsView.Line(a.getId(), a.getPersonId(), holders.get(a.getPersonId()).getFullName(),
						post.getTitle(), committeesById.get(post.getCommitteeId()).getName(),
						post.getKind().isClinical() && committeesById.get(post.getCommitteeId()).isPec(),
						a.lastDay());
			})
			.toList();
		List<TermsView.Line> endingSoon = lines.stream()
			.filter((l) -> l.termEnd() != null && !l.termEnd().isAfter(today.plusMonths(12)))
			.sorted(Comparator.comparing(TermsView.Line::termEnd))
			.toList();
		List<TermsView.Line> clinical = lines.stream().filter(TermsView.Line::clinical).toList();
		int window = this.settings.of(organisationId).getStaggerWindowMonths();
		List<TermsView.Line> stepDown = clinical.stream()
			.filter((l) -> !holders.get(l.personId()).isPractising())
			.toList();
		if (member) {
			List<TermsView.Line> own = lines.stream()
				.sorted(Comparator.comparing(TermsView.Line::termEnd, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
			return new TermsView(own, forecast(lines, today), List.of(), List.of(), clinical.size(), window);
		}
		return new TermsView(endingSoon, forecast(lines, today), staggerWarnings(clinical, window), stepDown,
				clinical.size(), window);
	}

	static List<TermsView.Quarter> forecast(List<TermsView.Line> lines, LocalDate today) {
		LocalDate first = today.with(IsoFields.DAY_OF_QUARTER, 1);
		List<TermsView.Quarter> quarters = new ArrayList<>();
		for (int i = 0; i < FORECAST_QUARTERS; i++) {
			LocalDate start = first.plusMonths(3L * i);
			LocalDate end = start.plusMonths(3).minusDays(1);
			List<TermsView.Line> ending = lines.stream()
				.filter((l) -> l.termEnd() != null && !l.termEnd().isBefore(start) && !l.termEnd().isAfter(end))
				.toList();
			quarters.add(new TermsView.Quarter(start, ending.size(),
					(int) ending.stream().filter(TermsView.Line::clinical).count()));
		}
		return quarters;
	}

	/**
	 * Windows of the PCT's length, starting at each clinical term's end, in which more than half of
	 * the clinical members' terms end. Overlapping windows are reported once, the fullest first found.
	 * @param clinical the clinical members' terms
	 * @param windowMonths the window
	 * @return the warnings
	 */
	static List<TermsView.StaggerWarning> staggerWarnings(List<TermsView.Line> clinical, int windowMonths) {
		List<LocalDate> ends = clinical.stream().map(TermsView.Line::termEnd).filter(java.util.Objects::nonNull).sorted().toList();
		List<TermsView.StaggerWarning> warnings = new ArrayList<>();
		LocalDate coveredUntil = null;
		for (LocalDate from : ends) {
			if (coveredUntil != null && !from.isAfter(coveredUntil)) {
				continue;
			}
			LocalDate to = from.minusDays(1).plusMonths(windowMonths);
			int ending = (int) ends.stream().filter((e) -> !e.isBefore(from) && !e.isAfter(to)).count();
			if (ending * 2 > clinical.size()) {
				warnings.add(new TermsView.StaggerWarning(from, to, ending, clinical.size()));
				coveredUntil = to;
			}
		}
		return warnings;
	}

}
