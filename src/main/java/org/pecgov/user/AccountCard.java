package org.pecgov.user;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pecgov.member.PersonCard;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's user account on their record, for administrators: whether they can log in, as what, and with a second
 * factor; or the way to give them a login, the user form filled from their record.
 */
@Component
@Transactional(readOnly = true)
class AccountCard implements PersonCard.Source {

	private final AppUserRepository users;

	private final SecondFactorRepository factors;

	private final Clock clock;

	AccountCard(AppUserRepository users, SecondFactorRepository factors, Clock clock) {
		this.users = users;
		this.factors = factors;
		this.clock = clock;
	}

	@Override
	public Optional<PersonCard> cardFor(Long personId, boolean ownRecord) {
		if (CurrentUser.get().getRole() != Role.ADMIN) {
			return Optional.empty();
		}
		Optional<AppUser> account = this.users.findByPersonId(personId)
			.filter((user) -> CurrentUser.organisationId().equals(user.getOrganisationId()));
		if (account.isEmpty()) {
			return Optional.of(new PersonCard(50, "card.account.title",
					List.of(PersonCard.Row.of("card.account.login", "card.account.none")),
					List.of(new PersonCard.Action("card.account.give", "/admin/users/new?person=" + personId))));
		}
		AppUser user = account.get();
		List<PersonCard.Row> rows = new ArrayList<>();
		rows.add(PersonCard.Row.of("user.email", "card.value.text", user.getEmail()).linked("/admin/users/" + user.getId() + "/edit"));
		rows.add(PersonCard.Row.of("user.role", "Role." + user.getRole()));
		String state = !user.isEnabled() ? "card.account.disabled"
				: user.isLocked(this.clock.instant()) ? "card.account.locked"
						: user.isMustChangePassword() ? "card.account.neverSignedIn" : "card.account.active";
		rows.add(PersonCard.Row.of("card.account.state", state));
		rows.add(PersonCard.Row.of("user.secondFactor.heading",
				this.factors.existsByUserId(user.getId()) ? "user.secondFactor.on" : "user.secondFactor.off"));
		return Optional.of(new PersonCard(50, "card.account.title", rows,
				List.of(new PersonCard.Action("card.account.edit", "/admin/users/" + user.getId() + "/edit"))));
	}

}
