package org.pecgov.interest.round;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.home.HomeNotice;
import org.pecgov.interest.Interests;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders about declaring interests: 28 days after a first appointment without a declaration, the
 * annual round opening, a week before it closes, and after it closed without a return. Each is written
 * to the outbox (to be emailed) once, and shown on the signed-in home page while it applies.
 */
@Component
@Transactional(readOnly = true)
public class DeclarationReminders implements HomeNotice.Source {

	/** The week before the round closes, in which the reminder says it closes soon. */
	static final int CLOSING_DAYS = 7;

	/** How long after its cause a reminder stays on the home page, or may still be emailed. */
	static final int SHOWN_FOR_DAYS = 28;

	/** After a round closed, how long a missed return is still emailed about. */
	static final int CLOSED_EMAILED_FOR_DAYS = 90;

	private static final String PATH = "/declarations/mine";

	private final RoundService rounds;

	private final Holdings appointments;

	private final PersonService people;

	private final PostService posts;

	private final Interests declarations;

	private final RoundReturnRepository returns;

	private final BreachRepository breaches;

	private final Outbox outbox;

	private final Clock clock;

	DeclarationReminders(RoundService rounds, Holdings appointments, PersonService people, PostService posts,
			Interests declarations, RoundReturnRepository returns, BreachRepository breaches,
			Outbox outbox, Clock clock) {
		this.rounds = rounds;
		this.appointments = appointments;
		this.people = people;
		this.posts = posts;
		this.declarations = declarations;
		this.returns = returns;
		this.breaches = breaches;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Writes today's reminders of a PCT to the outbox: the round open or closing to each post holder with
	 * no return yet, and a declaration overdue after a first appointment. Writing twice writes nothing new.
	 * @param organisationId the PCT
	 * @return how many reminders were written
	 */
	@Transactional
	public int plan(Long organisationId) {
		LocalDate today = LocalDate.now(this.clock);
		int written = 0;
		DeclarationRound round = this.rounds.round(organisationId);
		if (round.isOpen(today)) {
			Set<Long> returned = this.rounds.returnsIn(organisationId, round.year())
				.stream()
				.map(RoundReturn::getPersonId)
				.collect(Collectors.toSet());
			Set<Long> waiting = new HashSet<>(this.appointments.holdersDuring(organisationId, today, today));
			waiting.removeAll(returned);
			String kind = closingSoon(round, today) ? "ROUND_CLOSING" : "ROUND_OPEN";
			for (Person person : this.people.byIdsOf(organisationId, waiting)) {
				written += write(organisationId, person, kind, kind + ":" + round.year() + ":" + person.getId(),
						round.closesOn(), roundArgs(round));
			}
		}
		List<Appointment> started = this.appointments.firstAppointmentsStarted(organisationId,
				today.minusDays(DeclarationRound.DAYS_TO_DECLARE + SHOWN_FOR_DAYS),
				today.minusDays(DeclarationRound.DAYS_TO_DECLARE + 1));
		Map<Long, Person> people = byId(this.people.byIdsOf(organisationId, ids(started, Appointment::getPersonId)),
				Person::getId);
		Map<Long, Post> posts = byId(this.posts.byIdsOf(organisationId, ids(started, Appointment::getPostId)),
				Post::getId);
		for (Appointment appointment : started) {
			Person person = people.get(appointment.getPersonId());
			if (person != null && !declaredSince(person.getId(), appointment.getTermStart())) {
				written += write(organisationId, person, "DECLARATION_DUE",
						"DECLARATION_DUE:" + person.getId() + ":" + appointment.getTermStart(),
						appointment.getTermStart().plusDays(DeclarationRound.DAYS_TO_DECLARE + SHOWN_FOR_DAYS),
						posts.get(appointment.getPostId()).getTitle(),
						Reminder.date(appointment.getTermStart().plusDays(DeclarationRound.DAYS_TO_DECLARE)),
						Reminder.date(appointment.getTermStart()));
			}
		}
		return written;
	}

	/**
	 * Tells a declarant at once that their declaration was recorded as late (and as a breach), inside the
	 * transaction that records the breach.
	 * @param organisationId the PCT
	 * @param personId the declarant
	 * @param declarationId the declaration
	 * @param day when it was made
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void late(Long organisationId, Long personId, Long declarationId, LocalDate day) {
		for (Person person : this.people.byIdsOf(organisationId, List.of(personId))) {
			write(organisationId, person, "DECLARATION_LATE", "DECLARATION_LATE:" + declarationId, null,
					Reminder.date(day), DeclarationRound.DAYS_TO_DECLARE);
		}
	}

	/**
	 * Writes, with the breaches of a round missed, a reminder to each person who missed it: inside the
	 * transaction that records the breaches.
	 * @param organisationId the PCT
	 * @param round the round that closed
	 * @param personIds who made no return
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void roundMissed(Long organisationId, DeclarationRound round, Collection<Long> personIds) {
		if (LocalDate.now(this.clock).isAfter(round.closesOn().plusDays(CLOSED_EMAILED_FOR_DAYS))) {
			return;
		}
		for (Person person : this.people.byIdsOf(organisationId, personIds)) {
			write(organisationId, person, "ROUND_CLOSED", "ROUND_CLOSED:" + round.year() + ":" + person.getId(),
					round.closesOn().plusDays(CLOSED_EMAILED_FOR_DAYS), roundArgs(round));
		}
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if (user.getOrganisationId() == null || !Role.PCT_ROLES.contains(user.getRole())) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Long organisationId = CurrentUser.organisationId();
		DeclarationRound round = this.rounds.round(organisationId);
		List<HomeNotice> notices = new ArrayList<>();
		Long personId = user.getPersonId();
		if (personId != null) {
			appointmentNotice(personId, today).ifPresent(notices::add);
			roundNotice(personId, round, today).ifPresent(notices::add);
		}
		if (user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY) {
			if (round.isOpen(today)) {
				Set<Long> expected = this.rounds.expected(organisationId, round);
				Set<Long> outstanding = this.rounds.outstandingOf(expected, organisationId, round);
				if (!outstanding.isEmpty()) {
					List<String> names = (outstanding.size() <= HomeNotice.FEW)
							? this.people.byIds(outstanding).stream().map(Person::getFullName).sorted().toList()
							: List.of();
					notices.add(HomeNotice
						.of(closingSoon(round, today) ? HomeNotice.Urgency.DUE_SOON : HomeNotice.Urgency.TO_DO,
								"home.reminder.OUTSTANDING",
								new Object[] { outstanding.size(), round.year(), Reminder.date(round.closesOn()) },
								names, "/interests", "home.reminder.act.register")
						.withProgress(expected.size() - outstanding.size(), expected.size()));
				}
			}
			long open = this.breaches.countByOrganisationIdAndStatus(organisationId, Breach.Status.OPEN);
			if (open > 0) {
				notices.add(HomeNotice.of(HomeNotice.Urgency.DUE_SOON, "home.reminder.OPEN_BREACHES",
						new Object[] { open }, List.of(), "/interests/breaches", "home.reminder.act.breaches"));
			}
		}
		return notices;
	}

	private Optional<HomeNotice> appointmentNotice(Long personId, LocalDate today) {
		LocalDate appointed = this.appointments.firstAppointed(personId);
		if (appointed == null || appointed.isAfter(today)) {
			return Optional.empty();
		}
		LocalDate due = appointed.plusDays(DeclarationRound.DAYS_TO_DECLARE);
		if (today.isAfter(due.plusDays(SHOWN_FOR_DAYS)) || declaredSince(personId, appointed)) {
			return Optional.empty();
		}
		boolean overdue = today.isAfter(due);
		return Optional.of(new HomeNotice(overdue ? "home.reminder.DECLARATION_DUE" : "home.reminder.APPOINTED",
				new Object[] { Reminder.date(appointed), Reminder.date(due) }, PATH, "home.reminder.act.declarations",
				overdue));
	}

	private Optional<HomeNotice> roundNotice(Long personId, DeclarationRound current, LocalDate today) {
		if (current.isOpen(today)) {
			if (!this.appointments.holdsPostOn(personId, today)
					|| this.returns.findByPersonIdAndRoundYear(personId, current.year()).isPresent()) {
				return Optional.empty();
			}
			long days = ChronoUnit.DAYS.between(today, current.closesOn());
			boolean closing = closingSoon(current, today);
			return Optional.of(closing
					? new HomeNotice("home.reminder.ROUND_CLOSING",
							new Object[] { current.year(), Reminder.date(current.closesOn()), days }, PATH,
							"home.reminder.act.declarations", true)
					: new HomeNotice("home.reminder.ROUND_OPEN",
							new Object[] { current.year(), Reminder.date(current.closesOn()) }, PATH,
							"home.reminder.act.declarations", false));
		}
		DeclarationRound closed = current.isClosed(today) ? current
				: DeclarationRound.of(current.year() - 1, MonthDay.from(current.opensOn()),
						MonthDay.from(current.closesOn()));
		if (today.isAfter(closed.closesOn().plusDays(SHOWN_FOR_DAYS))
				|| this.returns.findByPersonIdAndRoundYear(personId, closed.year()).isPresent()
				|| !this.rounds.outstanding(CurrentUser.organisationId(), closed).contains(personId)) {
			return Optional.empty();
		}
		return Optional.of(new HomeNotice("home.reminder.ROUND_CLOSED",
				new Object[] { closed.year(), Reminder.date(closed.closesOn()) }, PATH,
				"home.reminder.act.declarations", true));
	}

	private boolean declaredSince(Long personId, LocalDate day) {
		return this.declarations.hasDeclaredSince(personId, day)
				|| this.returns.existsByPersonIdAndMadeOnGreaterThanEqual(personId, day);
	}

	static boolean closingSoon(DeclarationRound round, LocalDate today) {
		return round.isOpen(today) && !today.isBefore(round.closesOn().minusDays(CLOSING_DAYS));
	}

	private static Object[] roundArgs(DeclarationRound round) {
		return new Object[] { String.valueOf(round.year()), Reminder.date(round.opensOn()),
				Reminder.date(round.closesOn()) };
	}

	private int write(Long organisationId, Person person, String kind, String key, LocalDate expires,
			Object... args) {
		return this.outbox.add(new Reminder(organisationId, person.getId(), person.getFullName(), person.getEmail(),
				kind, key, PATH, expires, args)) ? 1 : 0;
	}

	private static <T> Set<Long> ids(List<T> items, Function<T, Long> id) {
		return items.stream().map(id).collect(Collectors.toSet());
	}

	private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
