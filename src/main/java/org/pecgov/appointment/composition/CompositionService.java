package org.pecgov.appointment.composition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.appointment.vacancy.Vacancy;
import org.pecgov.appointment.vacancy.VacancyService;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.CompositionRules;
import org.pecgov.committee.PayRates;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee's composition today: posts, holders, vacancies and, for the PEC, its rules.
 */
@Service
@Transactional(readOnly = true)
public class CompositionService {

	private final CommitteeService committees;

	private final PostService posts;

	private final Holdings appointments;

	private final VacancyService vacancies;

	private final PersonService people;

	private final SettingsService settings;

	private final Clock clock;

	private final ObjectProvider<PayRates> pay;

	private final org.pecgov.appointment.NonExecutiveChairs nonExecutives;

	CompositionService(CommitteeService committees, PostService posts, Holdings appointments,
			VacancyService vacancies, PersonService people, SettingsService settings, Clock clock,
			ObjectProvider<PayRates> pay, org.pecgov.appointment.NonExecutiveChairs nonExecutives) {
		this.nonExecutives = nonExecutives;
		this.pay = pay;
		this.committees = committees;
		this.posts = posts;
		this.appointments = appointments;
		this.vacancies = vacancies;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The composition page of a committee, in a fixed number of queries.
	 * @param committeeId the committee
	 * @return the view
	 */
	public CompositionView composition(Long committeeId) {
		Committee committee = this.committees.get(committeeId);
		PctSettings rules = this.settings.of(committee.getOrganisationId());
		List<Post> committeePosts = this.posts.postsOf(committeeId);
		LocalDate today = LocalDate.now(this.clock);
		List<Appointment> all = committeePosts.isEmpty() ? List.of()
				: this.appointments.historyOfPosts(committeePosts.stream().map(Post::getId).toList());
		List<Appointment> current = all.stream().filter((a) -> a.isCurrent(today)).toList();
		List<Appointment> upcoming = all.stream()
			.filter((a) -> a.getTermStart().isAfter(today) && !a.isEnded())
			.toList();
		Set<Long> personIds = new HashSet<>(Composition.personIds(current));
		personIds.addAll(Composition.personIds(upcoming));
		Map<Long, Person> holders = this.people.byIds(personIds)
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, Vacancy> open = this.vacancies
			.openVacanciesOf(CurrentUser.readableOrganisationId())
			.stream()
			.collect(Collectors.toMap(Vacancy::getPostId, Function.identity(), (a, b) -> a));
		List<CompositionView.Row> rows = committeePosts.stream()
			.filter((p) -> !p.isRetired())
			.map((post) -> new CompositionView.Row(post, holdersOf(post, current, holders), open.get(post.getId()),
					holdersOf(post, upcoming, holders)))
			.toList();
		List<Person> currentHolders = current.stream().map((a) -> holders.get(a.getPersonId())).distinct().toList();
		List<CompositionRules.Result> results = new ArrayList<>(committee.isPec()
				? CompositionRules.check(Composition.seats(committeePosts, current, currentHolders,
						this.posts.daysPerWeekOf(committeePosts)), rules)
				: List.of());
		if (committee.isPec() && rules.getPecRules().chairRateNotBelow()) {
			this.pay.ifAvailable((pay) -> pay.today(committee.getOrganisationId())
				.ifPresent((r) -> results.add(CompositionRules.chairRate(r.chairPercent(), r.memberPercent()))));
		}
		if (committee.isPbcAssessment()) {
			results.add(new CompositionRules.Result(CompositionRules.Rule.NED_CHAIR,
					this.nonExecutives.chairedByNonExecutive(committeeId, today)));
		}
		return new CompositionView(committee, rules, rows, results);
	}

	private static List<CompositionView.Holder> holdersOf(Post post, List<Appointment> appointments,
			Map<Long, Person> people) {
		return appointments.stream()
			.filter((a) -> a.getPostId().equals(post.getId()))
			.map((a) -> new CompositionView.Holder(a, people.get(a.getPersonId()).getFullName(),
					"Profession." + people.get(a.getPersonId()).getProfession().name()))
			.toList();
	}

}
