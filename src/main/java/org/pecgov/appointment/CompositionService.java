package org.pecgov.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.CompositionRules;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;

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

	private final AppointmentRepository appointments;

	private final VacancyRepository vacancies;

	private final PersonService people;

	private final SettingsService settings;

	private final Clock clock;

	CompositionService(CommitteeService committees, PostService posts, AppointmentRepository appointments,
			VacancyRepository vacancies, PersonService people, SettingsService settings, Clock clock) {
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
		List<Appointment> current = committeePosts.isEmpty() ? List.of()
				: this.appointments.findByPostIdInOrderByTermStartDesc(committeePosts.stream().map(Post::getId).toList())
					.stream()
					.filter((a) -> a.isCurrent(today))
					.toList();
		Map<Long, Person> holders = this.people.byIds(Composition.personIds(current))
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, Vacancy> open = this.vacancies
			.findByOrganisationIdAndStatus(CurrentUser.readableOrganisationId(), VacancyStatus.OPEN)
			.stream()
			.collect(Collectors.toMap(Vacancy::getPostId, Function.identity(), (a, b) -> a));
		List<CompositionView.Row> rows = committeePosts.stream()
			.filter((p) -> !p.isRetired())
			.map((post) -> new CompositionView.Row(post, current.stream()
				.filter((a) -> a.getPostId().equals(post.getId()))
				.map((a) -> new CompositionView.Holder(a, holders.get(a.getPersonId()).getFullName(),
						"Profession." + holders.get(a.getPersonId()).getProfession().name()))
				.toList(), open.get(post.getId())))
			.toList();
		List<CompositionRules.Result> results = committee.isPec()
				? CompositionRules.check(Composition.seats(committeePosts, current, holders.values()), rules)
				: List.of();
		return new CompositionView(committee, rules, rows, results);
	}

}
