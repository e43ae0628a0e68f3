package org.pecgov.user;

import java.time.Clock;

import org.pecgov.organisation.OrganisationService;
import org.pecgov.security.PecgovPrincipal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class PecgovUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final OrganisationService organisations;

	private final Clock clock;

	PecgovUserDetailsService(AppUserRepository users, OrganisationService organisations, Clock clock) {
		this.users = users;
		this.organisations = organisations;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByEmail((username != null) ? username.strip() : "")
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		String organisationName = (user.getOrganisationId() != null)
				? this.organisations.get(user.getOrganisationId()).getName() : null;
		return new PecgovPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getRole(),
				user.getOrganisationId(), organisationName, user.getPersonId(), user.isMustChangePassword(),
				user.isEnabled(), !user.isLocked(this.clock.instant()), !user.isPasswordExpired(this.clock.instant()),
				user.getPasswordHash());
	}

}
