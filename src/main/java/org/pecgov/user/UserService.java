package org.pecgov.user;

import java.time.Clock;
import java.util.List;

import org.pecgov.member.PersonService;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.OrganisationType;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PasswordPolicy;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.security.UserSessionsEnded;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, their roles and their passwords.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	private final AppUserRepository users;

	private final PersonService people;

	private final OrganisationService organisations;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final AccountLinks links;

	UserService(AppUserRepository users, PersonService people, OrganisationService organisations,
			PasswordEncoder encoder, PasswordPolicy policy, Clock clock, ApplicationEventPublisher events,
			AccountLinks links) {
		this.events = events;
		this.links = links;
		this.users = users;
		this.people = people;
		this.organisations = organisations;
		this.encoder = encoder;
		this.policy = policy;
		this.clock = clock;
	}

	public Page<AppUser> list(Pageable pageable) {
		return this.users.findByOrganisationId(CurrentUser.organisationId(), pageable);
	}

	public AppUser get(Long id) {
		return this.users.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("User", id));
	}

	/**
	 * Adds a user to the current PCT: emailed an invitation to set their password when the service sends
	 * email, otherwise given a one-time password (valid 72 hours) for the administrator to hand over.
	 * @param command who and in what role
	 * @return the user, and the one-time password to hand over or null when invited by email
	 */
	@Transactional
	public NewUser create(UserCommand command) {
		Long organisationId = CurrentUser.organisationId();
		Problems.refuse(problemsOf(null, command.email(), command.role(), command.personId(), command.enabled()));
		AppUser user = this.users.save(new AppUser(command.email().strip(), command.displayName(), command.role(),
				organisationId, command.personId(), this.encoder.encode(this.policy.generate()), true,
				this.clock.instant()));
		user.setGuardian(command.guardian() && mayBeGuardian(command.role()));
		return welcome(user);
	}

	/** An invitation by email, or a one-time password where the service sends none. */
	private NewUser welcome(AppUser user) {
		if (this.links.enabled()) {
			user.setPassword(this.encoder.encode(this.policy.generate() + this.policy.generate()), false);
			this.links.invite(user);
			return new NewUser(user, null);
		}
		String password = this.policy.generate();
		user.setOneTimePassword(this.encoder.encode(password), this.clock.instant());
		return new NewUser(user, password);
	}

	@Transactional
	public AppUser update(Long id, long version, UserCommand command) {
		AppUser user = get(id);
		user.checkVersion(version);
		Problems.refuse(problemsOf(id, null, command.role(), command.personId(), command.enabled()));
		Long personId = command.personId();
		boolean rightsChange = user.getRole() != command.role() || user.isEnabled() != command.enabled()
				|| !java.util.Objects.equals(user.getPersonId(), personId);
		user.update(command.displayName(), command.role(), personId, command.enabled());
		user.setGuardian(command.guardian() && mayBeGuardian(command.role()));
		if (rightsChange) {
			this.events.publishEvent(new UserSessionsEnded(user.getEmail()));
		}
		return user;
	}

	/**
	 * Unlocks a user's account and lets them set a new password: emails them a link (an invitation, valid 72
	 * hours, which is how an invitation is sent again) when the service sends email; otherwise gives a
	 * one-time password that must be changed at the next login, and ends their sessions.
	 * @param id the user
	 * @param version the version the administrator saw
	 * @return the user, and the one-time password or null when a link was emailed
	 */
	@Transactional
	public NewUser resetPassword(Long id, long version) {
		AppUser user = get(id);
		user.checkVersion(version);
		if (this.links.enabled()) {
			// as for a compromised account: the old password stops working, every session ends, and a link to
			// choose a new one is emailed
			user.setPassword(this.encoder.encode(this.policy.generate() + this.policy.generate()), false);
			this.links.invite(user);
			this.events.publishEvent(new UserSessionsEnded(user.getEmail()));
			return new NewUser(user, null);
		}
		String password = this.policy.generate();
		user.setOneTimePassword(this.encoder.encode(password), this.clock.instant());
		this.events.publishEvent(new UserSessionsEnded(user.getEmail()));
		return new NewUser(user, password);
	}


	/**
	 * An operator creates the first administrator of a PCT, or a viewer of an SHA.
	 * @param organisationId the PCT (for an administrator) or SHA (for a viewer)
	 * @param email the user's email
	 * @param displayName the user's name
	 * @return the user and the one-time password to hand over
	 */
	@Transactional
	public NewUser createForOrganisation(Long organisationId, String email, String displayName) {
		Organisation organisation = this.organisations.get(organisationId);
		Role role = (organisation.getType() == OrganisationType.PCT) ? Role.ADMIN : Role.SHA_VIEWER;
		checkEmailFree(email);
		AppUser user = this.users.save(new AppUser(email.strip(), displayName, role, organisationId, null,
				this.encoder.encode(this.policy.generate()), true, this.clock.instant()));
		return welcome(user);
	}

	/**
	 * A PCT's enabled administrators (for what they are to be told, such as a term ending).
	 * @param organisationId the PCT
	 * @return the administrators
	 */
	public List<AppUser> administratorsOf(Long organisationId) {
		return this.users.findByOrganisationIdAndEnabledTrue(organisationId)
			.stream()
			.filter((u) -> u.getRole() == Role.ADMIN)
			.toList();
	}

	public boolean hasOperator() {
		return this.users.existsByRole(Role.OPERATOR);
	}

	public boolean hasAnyUser() {
		return this.users.count() > 0;
	}

	/**
	 * Creates a user with a known password, for the first operator and the demo accounts.
	 * @param email the email
	 * @param displayName the name
	 * @param role the role
	 * @param organisationId the organisation, null for an operator
	 * @param personId the person, for a member
	 * @param password a password that the policy accepts
	 * @return the user
	 */
	@Transactional
	public AppUser createWithPassword(String email, String displayName, Role role, Long organisationId, Long personId,
			String password) {
		this.policy.problem(password).ifPresent((key) -> {
			throw new IllegalArgumentException("The password for " + email + " breaks the password policy: " + key);
		});
		return this.users.save(new AppUser(email, displayName, role, organisationId, personId,
				this.encoder.encode(password), false, this.clock.instant()));
	}

	/**
	 * Resets a demo account at start: its password, and the 14 days its role has to set up a second factor (so a
	 * demo running for weeks is still tried without an authenticator app).
	 * @param email the account
	 * @param password its password
	 */
	@Transactional
	public void setPasswordOf(String email, String password) {
		this.users.findByEmail(email).ifPresent((user) -> {
			if (!this.encoder.matches(password, user.getPasswordHash())) {
				user.setPassword(this.encoder.encode(password), false);
			}
			user.restartSecondFactorDue();
		});
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void loginFailed(String email) {
		this.users.findByEmail(email).ifPresent((user) -> user.loginFailed(this.clock.instant()));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void loginSucceeded(String email) {
		this.users.findByEmail(email).filter((user) -> user.getFailedLogins() > 0 || user.getLockedUntil() != null)
			.ifPresent(AppUser::loginSucceeded);
	}

	private void checkEmailFree(String email) {
		if (this.users.emailTaken(email.strip())) {
			throw new FieldException("email", "user.email.duplicate");
		}
	}


	/**
	 * What the rules of a user find wrong with what was typed, without saving (a rule over a field that is
	 * missing is left to the form), so that the form says every problem at once: an email not already a
	 * user's, a member linked to a person of the PCT whom no other user is linked to, and an administrator who
	 * does not demote or disable themself.
	 * @param userId the user being changed, or null for a new one
	 * @param email the email typed (a new user's), or null
	 * @param role the role chosen, or null
	 * @param personId the person chosen, or null
	 * @param enabled whether the account is to be enabled
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long userId, String email, Role role, Long personId,
			boolean enabled) {
		Problems problems = new Problems();
		problems.when(userId == null && email != null && this.users.emailTaken(email.strip()), "email",
				"user.email.duplicate");
		if (userId != null) {
			AppUser user = get(userId);
			problems.when(user.getId().equals(CurrentUser.get().getUserId())
					&& ((role != null && role != user.getRole()) || !enabled), "role", "user.self.demote");
		}
		problems.when(role == Role.MEMBER && personId == null, "personId", "user.person.required");
		if (personId != null) {
			boolean known = knownPerson(personId);
			problems.when(!known, "personId", "user.person.unknown");
			problems.when(known && this.users.findByPersonId(personId)
				.filter((other) -> !other.getId().equals(userId))
				.isPresent(), "personId", "user.person.taken");
		}
		return problems.list();
	}

	/** Whether a person is the PCT's, asked without a lookup that fails (which would spoil the transaction). */
	private boolean knownPerson(Long personId) {
		return !this.people.byIds(List.of(personId)).isEmpty();
	}


	/**
	 * A user just created or reset, with the one-time password to hand over (shown once, never stored).
	 * @param user the user
	 * @param oneTimePassword the password, or null when a link to set one was emailed instead
	 */
	public record NewUser(AppUser user, String oneTimePassword) {

		public boolean invited() {
			return this.oneTimePassword == null;
		}

	}

	/**
	 * Whether the signed-in user is the conflicts-of-interest guardian of their PCT.
	 * @return true if they have the permission
	 */
	public boolean currentIsGuardian() {
		PecgovPrincipal principal = CurrentUser.get();
		return principal.getUserId() != null && principal.getOrganisationId() != null
				&& this.users.findById(principal.getUserId()).map(AppUser::isGuardian).orElse(false);
	}

	private static boolean mayBeGuardian(Role role) {
		return role == Role.ADMIN || role == Role.CHAIR || role == Role.SECRETARY;
	}

	/**
	 * What an administrator sets on a user.
	 * @param email the email (ignored on update)
	 * @param displayName the name shown in the header
	 * @param role the role
	 * @param personId the person on the register, required for a member
	 * @param enabled whether the user may sign in
	 */
	public record UserCommand(String email, String displayName, Role role, Long personId, boolean enabled,
			boolean guardian) {
	}

}
