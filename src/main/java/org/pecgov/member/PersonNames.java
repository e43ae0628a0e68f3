package org.pecgov.member;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.pecgov.audit.RecordNames;
import org.pecgov.security.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's names for the audit trail.
 */
@Component
@Transactional(readOnly = true)
class PersonNames implements RecordNames {

	private final PersonRepository people;

	PersonNames(PersonRepository people) {
		this.people = people;
	}

	@Override
	public String type() {
		return "Person";
	}

	@Override
	public Map<Long, String> namesOf(Collection<Long> ids) {
		Long pct = CurrentUser.organisationId();
		return this.people.findAllById(ids)
			.stream()
			.filter((person) -> pct.equals(person.getOrganisationId()))
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
	}

	@Override
	public String href(Long id) {
		return "/members/" + id;
	}

}
