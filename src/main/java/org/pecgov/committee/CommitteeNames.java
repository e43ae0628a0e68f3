package org.pecgov.committee;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.pecgov.audit.RecordNames;
import org.pecgov.security.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The names of committees and posts for the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class CommitteeNames {

	@Bean
	RecordNames committeeRecordNames(CommitteeRepository committees) {
		return new Names<>("Committee", "/committees/", committees, Committee::getId, Committee::getName,
				Committee::getOrganisationId);
	}

	@Bean
	RecordNames postRecordNames(PostRepository posts) {
		return new Names<>("Post", "/posts/", posts, Post::getId, Post::getTitle, Post::getOrganisationId);
	}

	/** Names read by id, kept to the signed-in user's PCT. */
	record Names<T>(String type, String path, org.springframework.data.repository.CrudRepository<T, Long> repository,
			java.util.function.Function<T, Long> id, java.util.function.Function<T, String> name,
			java.util.function.Function<T, Long> organisation) implements RecordNames {

		@Override
		public Map<Long, String> namesOf(Collection<Long> ids) {
			Long pct = CurrentUser.organisationId();
			return java.util.stream.StreamSupport.stream(this.repository.findAllById(ids).spliterator(), false)
				.filter((record) -> pct.equals(this.organisation.apply(record)))
				.collect(Collectors.toMap(this.id, this.name));
		}

		@Override
		public String href(Long recordId) {
			return this.path + recordId;
		}

	}

}
