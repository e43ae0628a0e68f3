package org.pecgov.interest.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretary chases, in one action, everyone who has not made a return in the round open now (issue 17 §1):
 * each is emailed at most once in {@value #CHASE_DAYS} days, however often the secretary asks.
 */
@Service
public class RoundChase {

	/** A person is chased at most once in this many days. */
	static final int CHASE_DAYS = 7;

	private final RoundService rounds;

	private final PersonService people;

	private final Outbox outbox;

	private final Clock clock;

	RoundChase(RoundService rounds, PersonService people, Outbox outbox, Clock clock) {
		this.rounds = rounds;
		this.people = people;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Chases the signed-in user's PCT.
	 * @return how many were chased and how many were left, having been chased recently; empty when no round is open
	 */
	@Transactional
	public Optional<Chase> chase() {
		Long organisationId = CurrentUser.organisationId();
		LocalDate today = LocalDate.now(this.clock);
		DeclarationRound round = this.rounds.round(organisationId);
		if (!round.isOpen(today)) {
			return Optional.empty();
		}
		Set<Long> outstanding = this.rounds.outstandingOf(this.rounds.expected(organisationId, round), organisationId,
				round);
		Instant weekAgo = this.clock.instant().minus(Duration.ofDays(CHASE_DAYS));
		Set<Long> chasedThisWeek = this.outbox.writtenSince(outstanding, "ROUND_CHASE", weekAgo);
		int chased = 0;
		int recently = 0;
		for (Person person : this.people.byIdsOf(organisationId, outstanding)) {
			if (chasedThisWeek.contains(person.getId())) {
				recently++;
				continue;
			}
			if (this.outbox.add(new Reminder(organisationId, person.getId(), person.getFullName(), person.getEmail(),
					"ROUND_CHASE", "ROUND_CHASE:" + round.year() + ":" + person.getId() + ":" + today,
					"/declarations/mine", round.closesOn(), String.valueOf(round.year()), Reminder.date(round.closesOn())))) {
				chased++;
			}
		}
		return Optional.of(new Chase(chased, recently));
	}

	/**
	 * What a chase did.
	 * @param chased how many were emailed
	 * @param recently how many were left, having been chased in the last 7 days
	 */
	public record Chase(int chased, int recently) {
	}

}
