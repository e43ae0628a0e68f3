package org.pecgov.appointment.ballot;

import java.util.Set;

import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;

import org.springframework.stereotype.Component;

/**
 * Tells every clinical member who may vote that the ballot for the PEC chair is open (issue 17 §1), in the
 * transaction that opens it.
 */
@Component
class BallotMail {

	private final PersonService people;

	private final Outbox outbox;

	BallotMail(PersonService people, Outbox outbox) {
		this.people = people;
		this.outbox = outbox;
	}

	void opened(Ballot ballot, Set<Long> voters) {
		for (Person voter : this.people.byIdsOf(ballot.getOrganisationId(), voters)) {
			this.outbox.add(new Reminder(ballot.getOrganisationId(), voter.getId(), voter.getFullName(), voter.getEmail(),
					"BALLOT_OPEN", "BALLOT_OPEN:" + ballot.getId() + ":" + voter.getId(),
					"/vacancies/" + ballot.getVacancyId() + "/ballot", null));
		}
	}

}
