package org.pecgov.user;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PasswordPolicy;
import org.pecgov.security.UserSessionsEnded;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own password: its rules, and its change (which logs out their other browsers and tells
 * them by email).
 */
@Service
@Transactional(readOnly = true)
public class OwnPassword {

	private final AppUserRepository users;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AccountLinks links;

	private final Outbox outbox;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OwnPassword(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy, AccountLinks links,
			Outbox outbox, Clock clock, ApplicationEventPublisher events) {
		this.users = users;
		this.encoder = encoder;
		this.policy = policy;
		this.links = links;
		this.outbox = outbox;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The signed-in user changes their own password: their other sessions end, and they are emailed that it
	 * changed (so that a change they did not make is noticed).
	 * @param currentPassword to prove it is them
	 * @param newPassword the new password
	 * @param sessionId the session they changed it in, which stays signed in
	 */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword, String sessionId) {
		AppUser user = this.users.findById(CurrentUser.get().getUserId())
			.orElseThrow(() -> new NotFoundException("User", CurrentUser.get().getUserId()));
		Problems.refuse(passwordProblems(user, currentPassword, newPassword));
		user.setPassword(this.encoder.encode(newPassword), false);
		this.events.publishEvent(new UserSessionsEnded(user.getEmail(), sessionId));
		Instant now = this.clock.instant();
		this.outbox.add(new Reminder(user.getOrganisationId(), user.getPersonId(), user.getDisplayName(),
				user.getEmail(), "PASSWORD_CHANGED", "password-changed:" + user.getId() + ":" + now.toEpochMilli(),
				"/account", null, Reminder.date(LocalDate.ofInstant(now, this.clock.getZone()))));
	}

	/**
	 * What is wrong with the signed-in user's change of password, without saving: every problem at once.
	 * @param currentPassword the password typed to prove it is them, or null
	 * @param newPassword the new password, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> passwordProblems(String currentPassword, String newPassword) {
		AppUser user = this.users.findById(CurrentUser.get().getUserId())
			.orElseThrow(() -> new NotFoundException("User", CurrentUser.get().getUserId()));
		return passwordProblems(user, currentPassword, newPassword);
	}

	private List<FieldException.Problem> passwordProblems(AppUser user, String currentPassword, String newPassword) {
		Problems problems = new Problems();
		problems.when(currentPassword == null || !this.encoder.matches(currentPassword, user.getPasswordHash()),
				"currentPassword", "password.current.wrong");
		if (newPassword != null) {
			String broken = this.policy.problem(newPassword, this.links.personalWords(user)).orElse(null);
			problems.when(broken != null, "newPassword", broken);
			// said only to whoever proved who they are: otherwise it would confirm a guess of the password
			problems.when(broken == null && problems.list().isEmpty()
					&& this.encoder.matches(newPassword, user.getPasswordHash()), "newPassword", "password.same");
		}
		return problems.list();
	}

}
