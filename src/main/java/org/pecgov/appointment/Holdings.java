package org.pecgov.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.ReadMemo;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which post, when: what other features ask of appointments (screening a meeting, appraisers,
 * reminders, remuneration, calendars). Read only; {@link AppointmentService} makes and ends appointments.
 */
@Service
@Transactional(readOnly = true)
public class Holdings {

	private final AppointmentRepository appointments;

	private final PostService posts;

	private final Clock clock;

	private final CommitteeService committees;

	Holdings(AppointmentRepository appointments, PostService posts, Clock clock, CommitteeService committees) {
		this.committees = committees;
		this.appointments = appointments;
		this.posts = posts;
		this.clock = clock;
	}

	/**
	 * Everyone who held or holds a post, the latest term first.
	 * @param postId the post
	 * @return its appointments
	 */
	public List<Appointment> historyOfPost(Long postId) {
		return this.appointments.findByPostIdOrderByTermStartDesc(postId);
	}

	/**
	 * Who chairs the PEC of each of some PCTs on a day: for an SHA's directory of PEC chairs.
	 * @param organisationIds the PCTs
	 * @param day the day
	 * @return the chair's person id by PCT, for those whose chair's post is held
	 */
	public Map<Long, Long> pecChairsOf(Collection<Long> organisationIds, LocalDate day) {
		List<Post> chairPosts = this.posts.pecChairPostsOf(organisationIds);
		if (chairPosts.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> chairs = new java.util.HashMap<>();
		this.appointments.findByPostIdInOrderByTermStartDesc(chairPosts.stream().map(Post::getId).toList())
			.stream()
			.filter((a) -> a.isCurrent(day))
			.forEach((a) -> chairs.putIfAbsent(a.getOrganisationId(), a.getPersonId()));
		return chairs;
	}

	/**
	 * Everyone who held or holds any of some posts, the latest term first.
	 * @param postIds the posts
	 * @return their appointments
	 */
	public List<Appointment> historyOfPosts(Collection<Long> postIds) {
		return this.appointments.findByPostIdInOrderByTermStartDesc(postIds);
	}

	/**
	 * A PCT's appointments in force on a day (an appointment ended early from a later day is still in force).
	 * @param organisationId the PCT
	 * @param day the day
	 * @return the appointments
	 */
	public List<Appointment> currentIn(Long organisationId, LocalDate day) {
		return memoOf(organisationId).map((all) -> all.stream().filter((a) -> a.isCurrent(day)).toList())
			.orElseGet(() -> this.appointments.currentIn(organisationId, day));
	}

	/**
	 * A PCT's appointments in force on a day or starting after it.
	 * @param organisationId the PCT
	 * @param day the day
	 * @return the appointments
	 */
	public List<Appointment> currentOrComingIn(Long organisationId, LocalDate day) {
		return memoOf(organisationId)
			.map((all) -> all.stream().filter((a) -> a.lastDay() == null || !a.lastDay().isBefore(day)).toList())
			.orElseGet(() -> this.appointments.currentOrComingIn(organisationId, day));
	}

	/**
	 * The people of a PCT who held a post at some time between two days.
	 * @param organisationId the PCT
	 * @param from the first day
	 * @param to the last day
	 * @return their ids
	 */
	public Set<Long> holdersDuring(Long organisationId, LocalDate from, LocalDate to) {
		Term window = new Term(from, to);
		return memoOf(organisationId).orElseGet(() -> this.appointments.findByOrganisationId(organisationId))
			.stream()
			.filter((a) -> a.term().overlaps(window))
			.map(Appointment::getPersonId)
			.collect(Collectors.toSet());
	}

	/**
	 * Who holds a post of a committee of the PCT the user reads on a day; nobody for another PCT's committee.
	 * @param committeeId the committee
	 * @param day the day
	 * @return their ids
	 */
	public Set<Long> holderIdsOn(Long committeeId, LocalDate day) {
		List<Long> postIds = this.posts.allPosts()
			.stream()
			.filter((p) -> p.getCommitteeId().equals(committeeId))
			.map(Post::getId)
			.toList();
		return postIds.isEmpty() ? Set.of()
				: ofPostsOfThisPct(postIds).stream()
					.filter((a) -> a.isCurrent(day))
					.map(Appointment::getPersonId)
					.collect(Collectors.toSet());
	}

	/**
	 * Who holds the posts of a committee on a day, and which.
	 * @param committeeId the committee (of the PCT the user reads)
	 * @param day the day
	 * @return one seat per post held, in post order
	 */
	public List<Seat> seatsOn(Long committeeId, LocalDate day) {
		List<Seat> seats = new ArrayList<>(ownSeatsOn(committeeId, day));
		// loaded already by the posts' query, so no statement of its own
		Committee committee = this.committees.find(committeeId).orElse(null);
		if (committee != null && committee.getKind() == CommitteeKind.BOARD) {
			// the Board is made of its members, the PEC's included: the PEC chair ex officio and PEC members given
			// a Board seat (Fit to lead §4.5), each once, sitting on the Board as a Board seat
			Set<Long> onBoard = seats.stream().map(Seat::personId).collect(Collectors.toCollection(HashSet::new));
			this.committees.committees()
				.stream()
				.filter(Committee::isPec)
				.findFirst()
				.ifPresent((pec) -> {
					Map<Long, Post> pecPosts = this.posts.postsOf(pec.getId())
						.stream()
						.collect(Collectors.toMap(Post::getId, Function.identity()));
					if (!pecPosts.isEmpty()) {
						ofPostsOfThisPct(pecPosts.keySet()).stream()
							.filter((a) -> a.isCurrent(day)
									&& (a.isBoardSeat() || pecPosts.get(a.getPostId()).getKind() == PostKind.CHAIR))
							.filter((a) -> onBoard.add(a.getPersonId()))
							.forEach((a) -> seats.add(new Seat(a.getPersonId(), a.getPostId(), PostKind.BOARD_SEAT,
									pecPosts.get(a.getPostId()).getTitle())));
					}
				});
		}
		return seats;
	}

	/**
	 * The appointments to some posts of the PCT the user reads, the latest term first: the appointments to all its
	 * posts are loaded once in a read-only transaction, as a page asks for the seats of several committees.
	 */
	private List<Appointment> ofPostsOfThisPct(Collection<Long> postIds) {
		if (!ReadMemo.isActive()) {
			return this.appointments.findByPostIdInOrderByTermStartDesc(postIds);
		}
		Long organisationId = CurrentUser.readableOrganisationId();
		List<Appointment> all = ReadMemo.get(List.of("appointments of posts", organisationId), () -> {
			List<Long> every = this.posts.allPosts().stream().map(Post::getId).toList();
			return every.isEmpty() ? List.<Appointment>of()
					: this.appointments.findByPostIdInOrderByTermStartDesc(every);
		});
		Set<Long> wanted = Set.copyOf(postIds);
		return all.stream().filter((a) -> wanted.contains(a.getPostId())).toList();
	}

	private List<Seat> ownSeatsOn(Long committeeId, LocalDate day) {
		List<Post> committeePosts = this.posts.postsOf(committeeId);
		Map<Long, Post> byId = committeePosts.stream().collect(Collectors.toMap(Post::getId, Function.identity()));
		if (byId.isEmpty()) {
			return List.of();
		}
		return ofPostsOfThisPct(byId.keySet()).stream()
			.filter((a) -> a.isCurrent(day))
			.map((a) -> new Seat(a.getPersonId(), a.getPostId(), byId.get(a.getPostId()).getKind(),
					byId.get(a.getPostId()).getTitle()))
			.toList();
	}

	/**
	 * A post held on a day.
	 * @param personId who holds it
	 * @param postId the post
	 * @param kind what kind of post
	 * @param title its title
	 */
	public record Seat(Long personId, Long postId, org.pecgov.committee.PostKind kind, String title) {
	}

	/**
	 * Someone's appointments in a PCT, latest first.
	 * @param organisationId the PCT
	 * @param personId who
	 * @return their appointments, past, present and to come
	 */
	public List<Appointment> committeeAppointmentsOf(Long organisationId, Long personId) {
		return this.appointments.findByPersonIdOrderByTermStartDesc(personId)
			.stream()
			.filter((a) -> a.getOrganisationId().equals(organisationId))
			.toList();
	}

	/**
	 * The committees someone sits on, and when: for what runs without a signed-in user (a calendar feed).
	 * @param organisationId their PCT
	 * @param personId who
	 * @return each of their appointments as a committee and the days it covers
	 */
	public List<CommitteeTerm> committeeTermsOf(Long organisationId, Long personId) {
		List<Appointment> held = this.appointments.findByPersonIdOrderByTermStartDesc(personId)
			.stream()
			.filter((a) -> a.getOrganisationId().equals(organisationId))
			.toList();
		Map<Long, Post> byId = this.posts.byIdsOf(organisationId, held.stream().map(Appointment::getPostId).toList())
			.stream()
			.collect(Collectors.toMap(Post::getId, Function.identity()));
		return held.stream()
			.filter((a) -> byId.containsKey(a.getPostId()))
			.map((a) -> new CommitteeTerm(byId.get(a.getPostId()).getCommitteeId(), a.getTermStart(), a.lastDay()))
			.toList();
	}

	/**
	 * A committee someone sits on, from a day to a day.
	 * @param committeeId the committee
	 * @param from the first day
	 * @param to the last day, or null when open-ended
	 */
	public record CommitteeTerm(Long committeeId, LocalDate from, LocalDate to) {

		public boolean covers(Long committee, LocalDate day) {
			return this.committeeId.equals(committee) && !day.isBefore(this.from) && (this.to == null || !day.isAfter(this.to));
		}

	}

	/**
	 * The appointments of the PCT the user reads that are in force today.
	 * @return the appointments
	 */
	public List<Appointment> currentAppointments() {
		LocalDate today = today();
		return this.appointments.currentIn(CurrentUser.readableOrganisationId(), today);
	}

	/**
	 * Someone's appointments in force on a day.
	 * @param personId the person (already found in the user's PCT)
	 * @param day the day
	 * @return the appointments
	 */
	public List<Appointment> currentOf(Long personId, LocalDate day) {
		return ofPerson(personId).stream()
			.filter((a) -> a.isCurrent(day))
			.toList();
	}

	/**
	 * An appointment by id, for a record that refers to it and was already checked to be the user's.
	 * @param id the appointment
	 * @return it
	 */
	public Appointment appointmentOf(Long id) {
		return this.appointments.findById(id).orElseThrow(() -> new NotFoundException("Appointment", id));
	}

	/**
	 * Whether someone holds a post on a day.
	 * @param personId the person
	 * @param day the day
	 * @return true when they do
	 */
	public boolean holdsPostOn(Long personId, LocalDate day) {
		return ofPerson(personId).stream().anyMatch((a) -> a.isCurrent(day));
	}

	/**
	 * The first appointments of people new to a PCT's posts that started between two days: those after
	 * which an interest must be declared within 28 days.
	 * @param organisationId the PCT
	 * @param from the first day
	 * @param to the last day
	 * @return the appointments
	 */
	public List<Appointment> firstAppointmentsStarted(Long organisationId, LocalDate from, LocalDate to) {
		List<Appointment> all = this.appointments.findByOrganisationId(organisationId);
		Map<Long, LocalDate> firstOf = all.stream()
			.collect(Collectors.toMap(Appointment::getPersonId, Appointment::getTermStart,
					(a, b) -> a.isBefore(b) ? a : b));
		return all.stream()
			.filter((a) -> a.getTermStart().equals(firstOf.get(a.getPersonId())))
			.filter((a) -> !a.getTermStart().isBefore(from) && !a.getTermStart().isAfter(to))
			.toList();
	}

	/**
	 * When someone was first appointed to a post of their PCT, if ever.
	 * @param personId the person
	 * @return the first day of their first appointment, or null
	 */
	public LocalDate firstAppointed(Long personId) {
		return this.appointments.findByPersonIdOrderByTermStartDesc(personId)
			.stream()
			.map(Appointment::getTermStart)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	/**
	 * Someone's appointments, the latest first: from the PCT's, when a read-only transaction has them, for
	 * someone of the PCT the user reads.
	 */
	private List<Appointment> ofPerson(Long personId) {
		return CurrentUser.find()
			.filter((user) -> user.getOrganisationId() != null && user.getRole() != Role.SHA_VIEWER)
			.flatMap((user) -> memoOf(user.getOrganisationId()))
			.map((all) -> all.stream().filter((a) -> a.getPersonId().equals(personId)).toList())
			.orElseGet(() -> this.appointments.findByPersonIdOrderByTermStartDesc(personId));
	}

	/**
	 * Every appointment of a PCT (to any of its posts), latest term first, when a read-only transaction keeps them
	 * for the PCT the signed-in user reads: the home page and the pages that ask several questions of the same
	 * appointments read them once.
	 */
	private java.util.Optional<List<Appointment>> memoOf(Long organisationId) {
		if (!ReadMemo.isActive() || organisationId == null) {
			return java.util.Optional.empty();
		}
		boolean ours = CurrentUser.find()
			.filter((user) -> user.getRole() != Role.SHA_VIEWER && organisationId.equals(user.getOrganisationId()))
			.isPresent();
		if (!ours) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(ofPostsOfThisPct(this.posts.allPosts().stream().map(Post::getId).toList()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
