package org.pecgov.user;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.pecgov.audit.RecordNames;
import org.pecgov.security.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users' names for the audit trail.
 */
@Component
@Transactional(readOnly = true)
class UserNames implements RecordNames {

	private final AppUserRepository users;

	UserNames(AppUserRepository users) {
		this.users = users;
	}

	@Override
	public String type() {
		return "AppUser";
	}

	@Override
	public Map<Long, String> namesOf(Collection<Long> ids) {
		Long pct = CurrentUser.organisationId();
		return this.users.findAllById(ids)
			.stream()
			.filter((user) -> pct.equals(user.getOrganisationId()))
			.collect(Collectors.toMap(AppUser::getId, (user) -> user.getDisplayName() + " (" + user.getEmail() + ")"));
	}

	@Override
	public String href(Long id) {
		return "/admin/users/" + id + "/edit";
	}

}
