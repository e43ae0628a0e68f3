package org.pecgov.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.pecgov.organisation.OrganisationService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.security.PasswordPolicy;
import org.pecgov.security.UserSessionsEnded;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links to set a password, emailed through the outbox: the invitation of a new user (valid 72
 * hours, sent again by the administrator) and the reset a user asks for at "Forgot your password?" (valid
 * 1 hour). Only a hash of each link's secret is stored; the outbox keeps the link only until it is sent.
 * Using a link ends the user's sessions and voids their other links.
 */
@Service
@Transactional(readOnly = true)
public class AccountLinks {

	static final Duration INVITATION_VALID = Duration.ofHours(72);

	static final Duration RESET_VALID = Duration.ofHours(1);

	/** Resets emailed to one user in an hour, whatever is asked: the rest get the same answer and no email. */
	static final int RESETS_PER_HOUR = 3;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountTokenRepository tokens;

	private final AppUserRepository users;

	private final OrganisationService organisations;

	private final Outbox outbox;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AccountLinks(AccountTokenRepository tokens, AppUserRepository users, OrganisationService organisations,
			Outbox outbox, PasswordEncoder encoder, PasswordPolicy policy, Clock clock,
			ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.users = users;
		this.organisations = organisations;
		this.outbox = outbox;
		this.encoder = encoder;
		this.policy = policy;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Whether links can be emailed here: otherwise administrators hand over one-time passwords.
	 * @return true when the service sends email
	 */
	public boolean enabled() {
		return this.outbox.sendsEmail();
	}

	/**
	 * Emails a user an invitation to set their password; any link sent before stops working.
	 * @param user the user, saved
	 */
	@Transactional
	void invite(AppUser user) {
		Instant now = this.clock.instant();
		this.tokens.voidAll(user.getId(), now);
		String secret = newSecret();
		AccountToken token = this.tokens.save(new AccountToken(user, AccountToken.Purpose.INVITATION, hash(secret),
				now, now.plus(INVITATION_VALID)));
		String organisation = (user.getOrganisationId() != null)
				? this.organisations.get(user.getOrganisationId()).getName() : "";
		this.outbox.add(new Reminder(user.getOrganisationId(), user.getPersonId(), user.getDisplayName(),
				user.getEmail(), "INVITATION", "invitation:" + token.getId(), "/set-password/" + secret,
				LocalDate.ofInstant(token.getExpiresAt(), this.clock.getZone()), organisation,
				Reminder.date(LocalDate.ofInstant(token.getExpiresAt(), this.clock.getZone()))));
	}

	/**
	 * "Forgot your password?": emails a reset link if the address is an enabled user's, at most
	 * {@value #RESETS_PER_HOUR} times an hour. Says nothing of whether it did.
	 * @param email the address typed
	 */
	@Transactional
	public void forgot(String email) {
		if (email == null || email.isBlank() || !enabled()) {
			return;
		}
		Instant now = this.clock.instant();
		this.users.findByEmail(email.strip())
			.filter(AppUser::isEnabled)
			.filter((user) -> this.tokens.countByUserIdAndPurposeAndCreatedAtAfter(user.getId(),
					AccountToken.Purpose.RESET, now.minus(Duration.ofHours(1))) < RESETS_PER_HOUR)
			.ifPresent((user) -> {
				String secret = newSecret();
				AccountToken token = this.tokens.save(new AccountToken(user, AccountToken.Purpose.RESET, hash(secret),
						now, now.plus(RESET_VALID)));
				this.outbox.add(new Reminder(user.getOrganisationId(), user.getPersonId(), user.getDisplayName(),
						user.getEmail(), "PASSWORD_RESET", "reset:" + token.getId(), "/set-password/" + secret,
						LocalDate.ofInstant(token.getExpiresAt(), this.clock.getZone())));
			});
	}

	/**
	 * The link a secret opens, while it can be used.
	 * @param secret the secret from the link
	 * @return who it is for and why, or empty when it is unknown, used or expired
	 */
	public Optional<Link> open(String secret) {
		return find(secret).map((token) -> new Link(token.getPurpose() == AccountToken.Purpose.INVITATION,
				this.users.findById(token.getUserId()).map(AppUser::getEmail).orElse("")));
	}

	/**
	 * What is wrong with the password chosen through a link: every problem at once.
	 * @param secret the link's secret
	 * @param password the password
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(String secret, String password) {
		Problems problems = new Problems();
		Optional<AppUser> user = find(secret).flatMap((token) -> this.users.findById(token.getUserId()));
		if (password != null && user.isPresent()) {
			String broken = this.policy.problem(password, personalWords(user.get())).orElse(null);
			problems.when(broken != null, "newPassword", broken);
		}
		return problems.list();
	}

	/**
	 * Sets a password through a link, once: the link and the user's other links stop working, their sessions
	 * end, and a one-time password they may have had is gone.
	 * @param secret the link's secret
	 * @param password the new password
	 * @return the user's email, or empty when the link could not be used (unknown, used or expired)
	 */
	@Transactional
	public Optional<String> setPassword(String secret, String password) {
		Optional<AccountToken> found = find(secret);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		AccountToken token = found.get();
		AppUser user = this.users.findById(token.getUserId()).orElse(null);
		if (user == null) {
			return Optional.empty();
		}
		Problems.refuse(problemsOf(secret, password));
		Instant now = this.clock.instant();
		if (this.tokens.use(token.getId(), now) != 1) {
			return Optional.empty();
		}
		user = this.users.findById(token.getUserId()).orElseThrow();
		user.setPassword(this.encoder.encode(password), false);
		this.tokens.voidAll(user.getId(), now);
		this.events.publishEvent(new UserSessionsEnded(user.getEmail()));
		return Optional.of(user.getEmail());
	}

	/**
	 * The words a user's password must not contain: their email, name and PCT.
	 * @param user the user
	 * @return the words
	 */
	List<String> personalWords(AppUser user) {
		if (user.getOrganisationId() == null) {
			return List.of(user.getEmail(), user.getDisplayName());
		}
		var organisation = this.organisations.get(user.getOrganisationId());
		return List.of(user.getEmail(), user.getDisplayName(), organisation.getName(), organisation.getCode());
	}

	private Optional<AccountToken> find(String secret) {
		if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(secret)).filter((token) -> token.isUsable(now));
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A link that can be used.
	 * @param invitation true for an invitation, false for a reset
	 * @param email whose password it sets
	 */
	public record Link(boolean invitation, String email) {
	}

}
