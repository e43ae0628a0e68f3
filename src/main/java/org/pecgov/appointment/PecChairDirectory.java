package org.pecgov.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.indicator.ChairDirectory;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.Organisation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who chairs the PEC of each of an SHA's PCTs today, in three statements whatever the number of PCTs.
 */
@Component
@Transactional(readOnly = true)
class PecChairDirectory implements ChairDirectory {

	private final Holdings appointments;

	private final PersonService people;

	private final Clock clock;

	PecChairDirectory(Holdings appointments, PersonService people, Clock clock) {
		this.appointments = appointments;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public List<Chair> chairsOf(List<Organisation> pcts) {
		Set<Long> ids = pcts.stream().map(Organisation::getId).collect(Collectors.toSet());
		Map<Long, Long> chairOf = this.appointments.pecChairsOf(ids, LocalDate.now(this.clock));
		Map<Long, Person> byId = this.people.ofPcts(ids, chairOf.values())
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		return pcts.stream().map((pct) -> {
			Person chair = byId.get(chairOf.get(pct.getId()));
			return new Chair(pct, (chair != null) ? chair.getFullName() : null, (chair != null) ? chair.getEmail() : null);
		}).toList();
	}

}
