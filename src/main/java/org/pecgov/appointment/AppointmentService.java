package org.pecgov.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.composition.Composition;
import org.pecgov.appointment.renewal.RenewalService;
import org.pecgov.appointment.vacancy.VacancyService;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostHolders;
import org.pecgov.committee.PostService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments: who holds which post, for which term; making and ending them under the PCT's rules.
 */
@Service
@Transactional(readOnly = true)
public class AppointmentService implements PostHolders {

	private final AppointmentRepository appointments;

	private final PostService posts;

	private final CommitteeService committees;

	private final PersonService people;

	private final SettingsService settings;

	private final Clock clock;

	private final Outbox outbox;

	private final ObjectProvider<RenewalGate> gate;

	private final CompositionCheck composition;

	/** Days after appointment within which interests are declared (the rule of the register). */
	private static final int DAYS_TO_DECLARE = 28;

	private final NonExecutiveChairs nonExecutives;

	/** Asked lazily: vacancies make appointments through this service. */
	private final ObjectProvider<VacancyService> vacancies;

	AppointmentService(AppointmentRepository appointments, PostService posts, CommitteeService committees,
			PersonService people, SettingsService settings, Clock clock, Outbox outbox, ObjectProvider<RenewalGate> gate,
			ObjectProvider<VacancyService> vacancies, CompositionCheck composition, NonExecutiveChairs nonExecutives) {
		this.nonExecutives = nonExecutives;
		this.vacancies = vacancies;
		this.composition = composition;
		this.appointments = appointments;
		this.posts = posts;
		this.committees = committees;
		this.people = people;
		this.settings = settings;
		this.clock = clock;
		this.outbox = outbox;
		this.gate = gate;
	}

	/**
	 * An appointment of the PCT the user reads; a member sees only their own.
	 * @param id the appointment
	 * @return it
	 */
	public Appointment get(Long id) {
		Appointment appointment = this.appointments.findByIdAndOrganisationId(id, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("Appointment", id));
		PecgovPrincipal user = CurrentUser.get();
		if (user.getRole() == Role.MEMBER && !appointment.getPersonId().equals(user.getPersonId())) {
			throw new NotFoundException("Appointment", id);
		}
		return appointment;
	}

	@Override
	public List<Holding> holdersOf(Long postId) {
		this.posts.get(postId);
		List<Appointment> list = this.appointments.findByPostIdOrderByTermStartDesc(postId);
		Map<Long, Person> holders = this.people.byIds(Composition.personIds(list))
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		LocalDate today = today();
		return list.stream()
			.map((a) -> new Holding(a.getId(), a.getPersonId(), holders.get(a.getPersonId()).getFullName(),
					a.getTermStart(), a.getTermEnd(), a.getEndedOn(), a.isCurrent(today), a.lastDay()))
			.toList();
	}

	@Override
	public boolean hasOpenVacancy(Long postId) {
		return this.vacancies.getObject().hasOpen(postId);
	}

	/**
	 * The signed-in member's own appointments, newest first.
	 * @return their appointments
	 */
	public List<Appointment> mine() {
		Long personId = CurrentUser.get().getPersonId();
		return (personId == null) ? List.of() : this.appointments.findByPersonIdOrderByTermStartDesc(personId)
			.stream()
			.filter((a) -> a.getOrganisationId().equals(CurrentUser.readableOrganisationId()))
			.toList();
	}

	/**
	 * Appoints someone to a post, under the PCT's rules on terms. A change that breaks a composition
	 * rule of the PEC needs the user's confirmation. Appointing someone who held the post until lately
	 * renews their term, through the reappointment gate.
	 * @param command what to appoint
	 * @param vacancyId the vacancy it fills, or null
	 * @return the appointment
	 */
	@Transactional
	public Appointment appoint(AppointCommand command, Long vacancyId) {
		Post post = this.posts.get(command.postId());
		if (vacancyId == null && isPecChair(post)) {
			throw new FieldException("postId", "appointment.chair.ballot");
		}
		return make(command, vacancyId, post, true);
	}

	/**
	 * What the rules of an appointment find wrong with what was typed, without saving: checked with the form's
	 * own, so that every problem is said at once (a rule over a field that is missing is left to the form).
	 * @param postId the post
	 * @param personId who, or null
	 * @param start the first day, or null
	 * @param end the last day, or null
	 * @param purpose the purpose, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long postId, Long personId, LocalDate start, LocalDate end,
			String purpose) {
		if (postId == null) {
			return List.of();
		}
		Post post = this.posts.get(postId);
		Problems problems = new Problems();
		if (personId != null) {
			Person person = this.people.byIds(List.of(personId)).stream().findFirst().orElse(null);
			problems.when(person != null && person.isRetired(), "personId", "appointment.person.retired");
		}
		if (start != null) {
			Term term = new Term(start, end);
			Optional<String> broken = term.problem(this.settings.of(post.getOrganisationId()), post.getKind().isCoOpted());
			broken.ifPresent((key) -> problems.when(true, "termEnd", key));
			if (broken.isEmpty()) {
				List<Appointment> holders = this.appointments.findByPostIdOrderByTermStartDesc(post.getId())
					.stream()
					.filter((a) -> a.term().overlaps(term))
					.toList();
				boolean theirs = personId != null && holders.stream().anyMatch((a) -> a.getPersonId().equals(personId));
				problems.when(theirs, "personId", "appointment.overlap")
					.when(!theirs && !holders.isEmpty(), "termStart", "appointment.postHeld");
			}
		}
		problems.when(post.getKind().isCoOpted() && (purpose == null || purpose.isBlank()), "purpose",
				"appointment.purpose.required");
		problems.when(personId != null && start != null && post.getKind() == org.pecgov.committee.PostKind.CHAIR
				&& this.committees.get(post.getCommitteeId()).isPbcAssessment()
				&& !this.nonExecutives.isNonExecutive(personId, start), "personId", "appointment.pbc.chair");
		return problems.list();
	}

	/**
	 * The reappointment gate for a term: each condition met or not.
	 * @param appointment the term
	 * @return the conditions, none where no gate is installed
	 */
	public List<RenewalCondition> renewalConditions(Appointment appointment) {
		RenewalGate installed = this.gate.getIfAvailable();
		return (installed == null) ? List.of() : installed.conditions(appointment);
	}

	/**
	 * Records an appointment that was made before the PCT used this service, such as the PEC chair in
	 * office: only for terms that have already started.
	 * @param command the appointment
	 * @return the appointment
	 */
	@Transactional
	public Appointment recordExisting(AppointCommand command) {
		if (!command.term().start().isBefore(today())) {
			throw new FieldException("termStart", "appointment.existing.future");
		}
		return make(command, null, this.posts.get(command.postId()), false);
	}

	public boolean isPecChair(Post post) {
		return post.getKind().isChair() && this.committees.get(post.getCommitteeId()).isPec();
	}

	private Appointment make(AppointCommand command, Long vacancyId, Post post, boolean gated) {
		Long organisationId = CurrentUser.organisationId();
		this.posts.lockForAppointment(post.getId());
		Person person = this.people.get(command.personId());
		Term term = command.term();
		List<FieldException.Problem> problems = problemsOf(post.getId(), person.getId(), term.start(), term.end(),
				command.purpose());
		Problems.refuse(problems);
		Appointment appointment = new Appointment(organisationId, post.getId(), person.getId(),
				post.getCurrentSpecificationId(), vacancyId, term, command.boardSeat(), command.purpose());
		if (gated && vacancyId == null) {
			secondPost(appointment, post, person, term, command.secondPostReason());
		}
		if (gated) {
			Optional<Appointment> previous = RenewalService.termRenewed(
					this.appointments.findByPostIdOrderByTermStartDesc(post.getId()), person.getId(), term.start());
			if (previous.isPresent()) {
				gate(appointment, previous.get(), command.renewalReason());
			}
		}
		if (!command.confirmed()) {
			LocalDate day = term.start().isAfter(today()) ? term.start() : today();
			// a second post given with a reason is already confirmed: that rule asks nothing more
			this.composition.warnIfBroken(post, day, (current) -> {
				List<Appointment> after = new ArrayList<>(current);
				after.add(appointment);
				return after;
			}, appointment.getSecondPostReason() != null);
		}
		boolean first = this.appointments.findByPersonIdOrderByTermStartDesc(person.getId()).isEmpty();
		Appointment saved = this.appointments.save(appointment);
		LocalDate due = term.start().plusDays(DAYS_TO_DECLARE);
		if (first && !due.isBefore(today())) {
			this.outbox.add(new Reminder(organisationId, person.getId(), person.getFullName(), person.getEmail(),
					"APPOINTED", "appointed:" + person.getId() + ":" + term.start(), "/declarations/mine", due, post.getTitle(),
					Reminder.date(due), Reminder.date(term.start())));
		}
		return saved;
	}

	/**
	 * Someone who already holds another post of the same committee over these dates is given a second only with
	 * a reason (counted once by the composition rules either way).
	 */
	private void secondPost(Appointment appointment, Post post, Person person, Term term, String reason) {
		List<Long> committeePosts = this.posts.postsOf(post.getCommitteeId())
			.stream()
			.map(Post::getId)
			.filter((id) -> !id.equals(post.getId()))
			.toList();
		boolean sitsThere = !committeePosts.isEmpty() && this.appointments.findByPostIdInOrderByTermStartDesc(committeePosts)
			.stream()
			.anyMatch((a) -> a.getPersonId().equals(person.getId()) && a.term().overlaps(term)
					&& (a.getEndedOn() == null || !a.getEndedOn().isBefore(term.start())));
		if (!sitsThere) {
			return;
		}
		String given = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (given == null) {
			throw new FieldException("secondPostReason", "appointment.secondPost.reason", person.getFullName());
		}
		appointment.secondPost(given);
	}

	private void gate(Appointment renewal, Appointment previous, String reason) {
		List<RenewalCondition> conditions = renewalConditions(previous);
		List<RenewalCondition.Kind> unmet = RenewalCondition.unmet(conditions);
		String given = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (!unmet.isEmpty() && given == null) {
			throw new RenewalReasonRequired(conditions);
		}
		renewal.renews(previous.getId(), unmet, given);
	}

	/**
	 * Ends an appointment early, keeping it in history.
	 * @param id the appointment
	 * @param version the version the user saw
	 * @param on its last day
	 * @param reason why
	 * @param confirmed whether the user confirmed a composition warning
	 * @return the appointment
	 */
	@Transactional
	public Appointment end(Long id, long version, LocalDate on, EndReason reason, boolean confirmed) {
		Appointment appointment = this.appointments.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Appointment", id));
		appointment.checkVersion(version);
		if (appointment.isEnded()) {
			throw new FieldException("endedOn", "appointment.end.already");
		}
		if (on.isBefore(appointment.getTermStart())
				|| (appointment.getTermEnd() != null && on.isAfter(appointment.getTermEnd()))) {
			throw new FieldException("endedOn", "appointment.end.outsideTerm");
		}
		if (!confirmed) {
			Post post = this.posts.get(appointment.getPostId());
			LocalDate day = on.plusDays(1).isAfter(today()) ? on.plusDays(1) : today();
			this.composition.warnIfBroken(post, day, (current) -> current.stream().filter((a) -> !a.getId().equals(id)).toList());
		}
		appointment.end(on, reason);
		return this.appointments.saveAndFlush(appointment);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * One of the PCT's appointments, locked until the transaction ends: two renewals of one term wait for
	 * each other.
	 * @param id the appointment
	 * @return it, unless it is not the PCT's
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Appointment> lock(Long id) {
		return this.appointments.lock(id, CurrentUser.organisationId());
	}

}
