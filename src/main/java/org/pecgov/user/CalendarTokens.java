package org.pecgov.user;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret addresses of users' personal calendar feeds.
 */
@Service
@Transactional(readOnly = true)
public class CalendarTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AppUserRepository users;

	CalendarTokens(AppUserRepository users) {
		this.users = users;
	}

	/**
	 * The secret of the signed-in user's calendar feed, if they have one.
	 * @return the token, or null
	 */
	public String calendarToken() {
		return this.users.findById(CurrentUser.get().getUserId()).map(AppUser::getCalendarToken).orElse(null);
	}

	/**
	 * Gives the signed-in user a new secret for their calendar feed: the old address stops working.
	 * @return the new token
	 */
	@Transactional
	public String renewCalendarToken() {
		AppUser user = this.users.findById(CurrentUser.get().getUserId())
			.orElseThrow(() -> new NotFoundException("AppUser", CurrentUser.get().getUserId()));
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		user.renewCalendarToken(HexFormat.of().formatHex(secret));
		return this.users.saveAndFlush(user).getCalendarToken();
	}

	/**
	 * Whose calendar feed a secret opens: an enabled user of a PCT.
	 * @param token the secret from the feed's address
	 * @return the user, if the secret is theirs
	 */
	public Optional<AppUser> byCalendarToken(String token) {
		if (token == null || !token.matches("[0-9a-f]{48}")) {
			return Optional.empty();
		}
		return this.users.findByCalendarToken(token)
			.filter(AppUser::isEnabled)
			.filter((u) -> !u.isLockedNow())
			.filter((u) -> Role.PCT_ROLES.contains(u.getRole()) && u.getOrganisationId() != null);
	}

}
