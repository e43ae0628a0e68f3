package org.pecgov.committee;

import org.pecgov.audit.RecordNames;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The names of committees and posts for the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class CommitteeNames {

	@Bean
	RecordNames committeeRecordNames(CommitteeRepository committees) {
		return RecordNames.byId("Committee", committees::findAllById, Committee::getId, Committee::getName,
				Committee::getOrganisationId, (id) -> "/committees/" + id);
	}

	@Bean
	RecordNames postRecordNames(PostRepository posts) {
		return RecordNames.byId("Post", posts::findAllById, Post::getId, Post::getTitle, Post::getOrganisationId,
				(id) -> "/posts/" + id);
	}

}
