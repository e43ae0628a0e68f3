package org.pecgov.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pecgov.committee.CommitteeChairs;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether someone is a non-executive director of the PCT on a day (they hold a non-executive director post), for the
 * PbC assessment sub-committee, whose chair must be one (Fit to Lead §3.10).
 */
@Component
@Transactional(readOnly = true)
public class NonExecutiveChairs implements CommitteeChairs {

	private final Holdings holdings;

	private final PostService posts;

	private final PersonService people;

	NonExecutiveChairs(Holdings holdings, PostService posts, PersonService people) {
		this.holdings = holdings;
		this.posts = posts;
		this.people = people;
	}

	@Override
	public Optional<String> chairNotNonExecutive(Long committeeId, LocalDate day) {
		List<Long> chairs = this.holdings.seatsOn(committeeId, day)
			.stream()
			.filter((s) -> s.kind() == PostKind.CHAIR)
			.map(Holdings.Seat::personId)
			.filter((personId) -> !isNonExecutive(personId, day))
			.toList();
		return this.people.byIds(chairs).stream().map(Person::getFullName).findFirst();
	}

	/**
	 * Whether someone holds a non-executive director post on a day.
	 * @param personId who
	 * @param day the day
	 * @return true if they do
	 */
	public boolean isNonExecutive(Long personId, LocalDate day) {
		List<Long> postIds = this.holdings.currentOf(personId, day).stream().map(Appointment::getPostId).toList();
		return !postIds.isEmpty() && this.posts.byIds(postIds)
			.stream()
			.map(Post::getKind)
			.anyMatch((kind) -> kind == PostKind.NON_EXECUTIVE_DIRECTOR);
	}

	/**
	 * Whether a committee is chaired by a non-executive director on a day.
	 * @param committeeId the committee
	 * @param day the day
	 * @return true when someone holds its chair and every holder is one; false when the chair is vacant
	 */
	public boolean chairedByNonExecutive(Long committeeId, LocalDate day) {
		List<Holdings.Seat> chairs = this.holdings.seatsOn(committeeId, day)
			.stream()
			.filter((s) -> s.kind() == PostKind.CHAIR)
			.toList();
		return !chairs.isEmpty() && chairs.stream().allMatch((s) -> isNonExecutive(s.personId(), day));
	}

}
