package org.pecgov.appointment.composition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.appointment.SkillRatings;
import org.pecgov.appointment.vacancy.VacancyService;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostRequirement;
import org.pecgov.committee.PostService;
import org.pecgov.committee.PostSpecification;
import org.pecgov.competency.Competency;
import org.pecgov.competency.CompetencyService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills matrix (members by competencies, from interview scores, or their latest signed appraisal's ratings
 * where they have one) and each committee's gaps.
 */
@Service
@Transactional(readOnly = true)
public class SkillsService {

	private final Holdings appointments;

	private final VacancyService scores;

	private final PostService posts;

	private final CommitteeService committees;

	private final CompetencyService competencies;

	private final PersonService people;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<SkillRatings> ratings;

	SkillsService(Holdings appointments, VacancyService scores, PostService posts,
			CommitteeService committees, CompetencyService competencies, PersonService people, Clock clock,
			org.springframework.beans.factory.ObjectProvider<SkillRatings> ratings) {
		this.ratings = ratings;
		this.appointments = appointments;
		this.scores = scores;
		this.posts = posts;
		this.committees = committees;
		this.competencies = competencies;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * The skills page, in a fixed number of queries.
	 * @return the view
	 */
	public SkillsView skills() {
		Long organisationId = CurrentUser.readableOrganisationId();
		LocalDate today = LocalDate.now(this.clock);
		List<Appointment> current = this.appointments.currentIn(organisationId, today);
		Map<Long, Person> holders = this.people.byIds(Composition.personIds(current))
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		Map<Long, Map<Long, Double>> means = this.scores.meanScores(organisationId);
		SkillRatings appraised = this.ratings.getIfAvailable();
		// Appraisal ratings are seen only by the appraiser (the chair) and administrators.
		org.pecgov.security.Role role = CurrentUser.get().getRole();
		if (appraised != null && (role == org.pecgov.security.Role.ADMIN || role == org.pecgov.security.Role.CHAIR)) {
			appraised.latest(organisationId)
				.forEach((person, byCompetency) -> means.computeIfAbsent(person, (k) -> new HashMap<>())
					.putAll(byCompetency));
		}
		List<SkillsView.MemberRow> rows = holders.values()
			.stream()
			.sorted(Comparator.comparing(Person::getFamilyName).thenComparing(Person::getGivenName))
			.map((p) -> new SkillsView.MemberRow(p.getId(), p.getFullName(), means.getOrDefault(p.getId(), Map.of())))
			.toList();
		Map<Long, SkillsView.MemberRow> rowsById = rows.stream()
			.collect(Collectors.toMap(SkillsView.MemberRow::personId, Function.identity()));
		List<Competency> active = this.competencies.active();
		List<Post> allPosts = this.posts.allPosts();
		Map<Long, PostSpecification> specifications = this.posts
			.specifications(allPosts.stream().map(Post::getCurrentSpecificationId).filter(Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(PostSpecification::getId, Function.identity()));
		List<SkillsView.CommitteeGaps> gaps = new ArrayList<>();
		for (Committee committee : this.committees.committees()) {
			List<Post> committeePosts = allPosts.stream()
				.filter((p) -> p.getCommitteeId().equals(committee.getId()) && !p.isRetired())
				.toList();
			Map<Long, PostRequirement> required = new LinkedHashMap<>();
			for (Post post : committeePosts) {
				PostSpecification specification = specifications.get(post.getCurrentSpecificationId());
				if (specification != null) {
					specification.getRequirements()
						.forEach((r) -> required.merge(r.getCompetencyId(), r,
								(a, b) -> a.isEssential() ? a : b));
				}
			}
			List<Appointment> members = current.stream()
				.filter((a) -> committeePosts.stream().anyMatch((p) -> p.getId().equals(a.getPostId())))
				.toList();
			List<SkillsView.GapLine> lines = new ArrayList<>();
			for (PostRequirement requirement : required.values()) {
				// people, not appointments: someone in two of the committee's posts covers it once, and leaves
				// only when their last post there ends
				Map<Long, List<Appointment>> covering = members.stream()
					.filter((a) -> rowsById.containsKey(a.getPersonId())
							&& rowsById.get(a.getPersonId()).covers(requirement.getCompetencyId()))
					.collect(Collectors.groupingBy(Appointment::getPersonId));
				int leaving = (int) covering.values()
					.stream()
					.filter((held) -> held.stream()
						.allMatch((a) -> a.lastDay() != null && !a.lastDay().isAfter(today.plusMonths(12))))
					.count();
				SkillsView.GapLine line = new SkillsView.GapLine(requirement.getCompetencyId(),
						requirement.getCompetencyName(), requirement.isEssential(), covering.size(), leaving);
				if (line.weak() || line.losesCover()) {
					lines.add(line);
				}
			}
			gaps.add(new SkillsView.CommitteeGaps(committee, committeePosts.size(), required.size(), lines));
		}
		return new SkillsView(active, rows, gaps);
	}

}
