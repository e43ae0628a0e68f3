package org.pecgov.appraisal.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.appraisal.Appraisers;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-to-one reviews. Seen only by whoever had it, whoever held it, and an administrator; recorded by the
 * appraiser (or an administrator, in the appraiser's name).
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

	public static final int PAGE_SIZE = 25;

	private final ReviewRepository reviews;

	private final PersonService people;

	private final Appraisers appraisers;

	private final Clock clock;

	ReviewService(ReviewRepository reviews, PersonService people, Appraisers appraisers, Clock clock) {
		this.reviews = reviews;
		this.people = people;
		this.appraisers = appraisers;
		this.clock = clock;
	}

	/**
	 * The reviews the user may read: all of the PCT's for an administrator, else those they had or held.
	 * @param page the page, from 0
	 * @return the page, with the names of those concerned
	 */
	public ReviewsPage list(int page) {
		PecgovPrincipal user = CurrentUser.get();
		Long personId = (user.getRole() == Role.ADMIN) ? null
				: ((user.getPersonId() != null) ? user.getPersonId() : -1L);
		Page<Review> list = this.reviews.list(CurrentUser.organisationId(), personId,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "heldOn", "id")));
		Set<Long> ids = new HashSet<>();
		list.forEach((r) -> {
			ids.add(r.getPersonId());
			ids.add(r.getReviewerId());
		});
		return new ReviewsPage(list, names(ids), reviewees());
	}

	/**
	 * A review the user may read.
	 * @param id the review
	 * @return it, with names
	 */
	public ReviewsPage.One get(Long id) {
		Review review = this.reviews.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.filter(ReviewService::readable)
			.orElseThrow(() -> new NotFoundException("Review", id));
		return new ReviewsPage.One(review, names(Set.of(review.getPersonId(), review.getReviewerId())));
	}

	/**
	 * Records a review, held by the appraiser of the person on the day.
	 * @param personId whose review
	 * @param heldOn when it was held, not in the future
	 * @param notes what was discussed
	 * @param progress progress on their objectives, or null
	 * @return the review
	 */
	@Transactional
	public Review record(Long personId, LocalDate heldOn, String notes, String progress) {
		List<FieldException.Problem> problems = problemsOf(personId, heldOn);
		Problems.refuse(problems);
		Person person = this.people.byIds(List.of(personId)).get(0);
		Long reviewer = this.appraisers.appraiserOf(personId, heldOn).orElseThrow();
		PecgovPrincipal user = CurrentUser.get();
		if (user.getRole() != Role.ADMIN && !reviewer.equals(user.getPersonId())) {
			throw new AccessDeniedException("Only the appraiser records a review");
		}
		return this.reviews.saveAndFlush(new Review(person.getOrganisationId(), personId, reviewer, heldOn, notes,
				progress));
	}

	/**
	 * What the rules of a review find wrong with what was typed, without saving, so that the form says every
	 * problem at once: someone of the PCT who held a post on the day and had an appraiser, on a day from two
	 * years ago to today.
	 * @param personId whose review, or null
	 * @param heldOn when it was held, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long personId, LocalDate heldOn) {
		boolean known = personId != null && !this.people.byIds(List.of(personId)).isEmpty();
		Problems problems = new Problems().when(!known, "personId", "review.person.required");
		if (heldOn != null) {
			problems.when(heldOn.isAfter(today()), "heldOn", "review.heldOn.future")
				.when(heldOn.isBefore(today().minusYears(2)), "heldOn", "review.heldOn.tooOld");
			if (known) {
				boolean holder = this.appraisers.holdsPost(personId, heldOn);
				problems.when(!holder, "personId", "review.notPostHolder")
					.when(holder && this.appraisers.appraiserOf(personId, heldOn).isEmpty(), "personId",
							"review.noAppraiser");
			}
		}
		return problems.list();
	}

	/**
	 * The people the user may record a review of today: for an administrator everyone holding a post.
	 * @return the people
	 */
	public List<Person> reviewees() {
		PecgovPrincipal user = CurrentUser.get();
		if (user.getRole() != Role.ADMIN && user.getPersonId() == null) {
			return List.of();
		}
		Map<Long, Long> holders = this.appraisers.postHoldersWithAppraisers(today());
		return this.people.activePeople()
			.stream()
			.filter((p) -> holders.containsKey(p.getId()))
			.filter((p) -> user.getRole() == Role.ADMIN || user.getPersonId().equals(holders.get(p.getId())))
			.toList();
	}

	private static boolean readable(Review review) {
		PecgovPrincipal user = CurrentUser.get();
		return user.getRole() == Role.ADMIN || (user.getPersonId() != null
				&& (user.getPersonId().equals(review.getPersonId()) || user.getPersonId().equals(review.getReviewerId())));
	}

	private Map<Long, String> names(Set<Long> ids) {
		return this.people.byIds(ids).stream().collect(Collectors.toMap(Person::getId, Person::getFullName));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A page of reviews.
	 * @param reviews the reviews
	 * @param names the names of those concerned, by person id
	 * @param reviewees whom the user may record a review of
	 */
	public record ReviewsPage(Page<Review> reviews, Map<Long, String> names, List<Person> reviewees) {

		/**
		 * One review.
		 * @param review the review
		 * @param names the names of those concerned
		 */
		public record One(Review review, Map<Long, String> names) {
		}

	}

}
