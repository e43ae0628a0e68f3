package org.pecgov.user;

import org.pecgov.audit.RecordNames;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Users' names for the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class UserNames {

	@Bean
	RecordNames userRecordNames(AppUserRepository users) {
		return RecordNames.byId("AppUser", users::findAllById, AppUser::getId,
				(user) -> user.getDisplayName() + " (" + user.getEmail() + ")", AppUser::getOrganisationId,
				(id) -> "/admin/users/" + id + "/edit");
	}

}
