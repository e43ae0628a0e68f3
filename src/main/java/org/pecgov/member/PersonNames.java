package org.pecgov.member;

import org.pecgov.audit.RecordNames;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * People's names for the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class PersonNames {

	@Bean
	RecordNames personRecordNames(PersonRepository people) {
		return RecordNames.byId("Person", people::findAllById, Person::getId, Person::getFullName,
				Person::getOrganisationId, (id) -> "/members/" + id);
	}

}
