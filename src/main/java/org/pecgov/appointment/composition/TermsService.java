package org.pecgov.appointment.composition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
		// a term the same person's next term in the same post follows is renewed: it ends nobody's membership
		Set<Long> renewed = renewed(current);
		List<TermsView.Line> ending = lines.stream().filter((l) -> !renewed.contains(l.appointmentId())).toList();
		List<TermsView.Line> endingSoon = ending.stream()
			.filter((l) -> l.termEnd() != null && !l.termEnd().isAfter(today.plusMonths(12)))
			.sorted(Comparator.comparing(TermsView.Line::termEnd))
			.toList();
		List<TermsView.Line> clinical = clinicalMembers(lines);
		int window = this.settings.of(organisationId).getStaggerWindowMonths();
		List<TermsView.Line> stepDown = clinical.stream()
			.filter((l) -> !holders.get(l.personId()).isPractising())
			.toList();
		if (member) {
			List<TermsView.Line> own = lines.stream()
				.sorted(Comparator.comparing(TermsView.Line::termEnd, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
			return new TermsView(own, forecast(ending, today), List.of(), List.of(), clinical.size(), window, clinical);
		}
		return new TermsView(endingSoon, forecast(ending, today), staggerWarnings(clinical, window), stepDown,
				clinical.size(), window, clinical);
	}

	/**
	 * The terms that the same person's next term in the same post follows (starting no later than the day after
	 * the first ends): renewed, so they end no one's membership.
	 * @param appointments the appointments in force or to come
	 * @return the renewed terms' appointment ids
	 */
	static Set<Long> renewed(List<Appointment> appointments) {
		return appointments.stream()
			.filter((a) -> a.lastDay() != null && appointments.stream()
				.anyMatch((b) -> b != a && b.getPersonId().equals(a.getPersonId()) && b.getPostId().equals(a.getPostId())
						&& b.getTermStart().isAfter(a.getTermStart())
						&& !b.getTermStart().isAfter(a.lastDay().plusDays(1))))
			.map(Appointment::getId)
			.collect(Collectors.toSet());
	}

	/**
	 * The clinical members, each once whatever their terms: the line of their term that ends last (an open-ended
	 * one first), so that who leaves when is counted in people, not terms.
	 * @param lines every term in force or to come
	 * @return a line per clinical member
	 */
	static List<TermsView.Line> clinicalMembers(List<TermsView.Line> lines) {
		Map<Long, TermsView.Line> last = new LinkedHashMap<>();
		Comparator<LocalDate> later = Comparator.nullsLast(Comparator.naturalOrder());
		lines.stream().filter(TermsView.Line::clinical).forEach((l) -> last.merge(l.personId(), l,
				(a, b) -> (later.compare(b.termEnd(), a.termEnd()) > 0) ? b : a));
		return List.copyOf(last.values());
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
