package org.pecgov.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pecgov.organisation.SettingsService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.security.SignInStep;
import org.pecgov.security.UserSessionsEnded;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors (issue 17 §4): a code from an authenticator app, or a single-use recovery code. Administrators
 * and operators must have one (after 14 days to set it up); a PCT may ask it of all its users; anyone may choose
 * one. Users who sign in through single sign-on are not asked (their provider is).
 */
@Service
@Transactional(readOnly = true)
public class SecondFactors {

	/** How long a user asked for a second factor has to set one up. */
	static final Duration GRACE = Duration.ofDays(14);

	/** How many recovery codes a user is given. */
	static final int RECOVERY_CODES = 10;

	private final SecondFactorRepository factors;

	private final RecoveryCodeRepository recoveryCodes;

	private final AppUserRepository users;

	private final SettingsService settings;

	private final Outbox outbox;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SecondFactors(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes, AppUserRepository users,
			SettingsService settings, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.factors = factors;
		this.recoveryCodes = recoveryCodes;
		this.users = users;
		this.settings = settings;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * What a user whose password was right must do about a second factor.
	 * @param principal the user
	 * @return CODE if they have one, SETUP_OFFERED or SETUP_REQUIRED if they must have one, else NONE
	 */
	@Transactional
	public SignInStep afterPassword(PecgovPrincipal principal) {
		if (this.factors.existsByUserId(principal.getUserId())) {
			return SignInStep.CODE;
		}
		AppUser user = user(principal.getUserId());
		if (!isRequired(user)) {
			return SignInStep.NONE;
		}
		Instant now = this.clock.instant();
		return now.isBefore(user.secondFactorDue(now, GRACE)) ? SignInStep.SETUP_OFFERED : SignInStep.SETUP_REQUIRED;
	}

	/**
	 * What the signed-in user's second factor is, for My account.
	 * @return its state
	 */
	public Status status() {
		AppUser user = user(CurrentUser.get().getUserId());
		Optional<SecondFactor> factor = this.factors.findByUserId(user.getId());
		return new Status(factor.isPresent(), factor.map(SecondFactor::getCreatedAt).orElse(null),
				factor.isPresent() ? this.recoveryCodes.countUnused(user.getId()) : 0, isRequired(user),
				user.getSecondFactorDue());
	}

	/**
	 * Whether the user has a second factor set up.
	 * @param userId the user
	 * @return true if so
	 */
	public boolean hasOne(Long userId) {
		return this.factors.existsByUserId(userId);
	}

	/**
	 * Which of some users have a second factor, in one query.
	 * @param userIds the users
	 * @return those that have one
	 */
	public java.util.Set<Long> withOne(java.util.Collection<Long> userIds) {
		return userIds.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(this.factors.userIdsAmong(userIds));
	}

	/**
	 * The signed-in user sets up their authenticator app: the first code proves it reads the secret.
	 * @param secret the secret shown to them (kept in their session meanwhile)
	 * @param code the code their app shows
	 * @return their recovery codes, shown once
	 */
	@Transactional
	public List<String> setUp(String secret, String code) {
		AppUser user = user(CurrentUser.get().getUserId());
		if (this.factors.existsByUserId(user.getId())) {
			throw new FieldException("code", "twoFactor.setUp.already");
		}
		long step = TotpCodes.stepOf(secret, code, 0, this.clock.instant());
		if (step < 0) {
			throw new FieldException("code", "twoFactor.code.wrong");
		}
		this.factors.save(new SecondFactor(user, secret, step, this.clock.instant()));
		List<String> codes = replaceRecoveryCodes(user);
		tellUser(user, "set-up", "SECOND_FACTOR_CHANGED");
		return codes;
	}

	/**
	 * Checks the code the signed-in user typed after their password. Five wrong codes in a row lock the account for
	 * 15 minutes and end all its sessions; until a right code, each further wrong one locks it again.
	 * @param code six digits from their app, or a recovery code
	 * @return what came of it
	 */
	@Transactional
	public Check check(String code) {
		Long userId = CurrentUser.get().getUserId();
		SecondFactor factor = this.factors.lockByUserId(userId).orElseThrow(() -> new NotFoundException("SecondFactor", userId));
		AppUser user = user(userId);
		Instant now = this.clock.instant();
		if (user.isLocked(now)) {
			return new Check(Outcome.LOCKED, -1);
		}
		long step = TotpCodes.stepOf(factor.getSecret(), code, factor.getLastUsedStep(), now);
		if (step >= 0) {
			factor.used(step);
			return new Check(Outcome.RIGHT, -1);
		}
		if (RecoveryCode.looksLikeOne(code)) {
			List<RecoveryCode> codes = this.recoveryCodes.findByUserId(userId);
			Optional<RecoveryCode> match = codes.stream().filter((c) -> c.matches(code)).findFirst();
			if (match.isPresent()) {
				match.get().use(now);
				factor.recovered();
				return new Check(Outcome.RECOVERY_CODE_USED, codes.stream().filter((c) -> !c.isUsed()).count());
			}
		}
		if (factor.wrongCode()) {
			user.lock(now);
			this.events.publishEvent(new UserSessionsEnded(user.getEmail()));
			tellUser(user, "locked", "ACCOUNT_LOCKED");
			return new Check(Outcome.LOCKED, -1);
		}
		return new Check(Outcome.WRONG, -1);
	}

	/**
	 * The signed-in user's new recovery codes; the old ones stop working. A current code proves it is them.
	 * @param code a code from their app, or a recovery code
	 * @return the codes, shown once
	 */
	@Transactional
	public List<String> newRecoveryCodes(String code) {
		AppUser user = user(CurrentUser.get().getUserId());
		confirm(code);
		return replaceRecoveryCodes(user);
	}

	/**
	 * The signed-in user turns their second factor off, unless their role or PCT asks for one. A current code proves
	 * it is them.
	 * @param code a code from their app, or a recovery code
	 */
	@Transactional
	public void turnOff(String code) {
		AppUser user = user(CurrentUser.get().getUserId());
		if (isRequired(user)) {
			throw new FieldException("code", "twoFactor.turnOff.required");
		}
		confirm(code);
		remove(user);
	}

	private void confirm(String code) {
		switch (check(code).outcome()) {
			case RIGHT, RECOVERY_CODE_USED -> {
			}
			case LOCKED -> throw new FieldException("code", "twoFactor.code.locked");
			default -> throw new FieldException("code", "twoFactor.code.wrong");
		}
	}

	/**
	 * An administrator (of the user's PCT) or an operator (for a PCT's administrator) removes a user's second factor,
	 * lost with its phone and recovery codes: the user sets up a new one at their next login.
	 * @param userId the user
	 */
	@Transactional
	public void reset(Long userId) {
		AppUser user = user(userId);
		PecgovPrincipal me = CurrentUser.get();
		// an administrator removes the factors of their PCT's other users, never their own nor another
		// administrator's (the operator does those, so that a stolen administrator's session cannot drop the factor)
		boolean mine = me.getRole() == Role.ADMIN && user.getOrganisationId() != null
				&& user.getOrganisationId().equals(me.getOrganisationId()) && user.getRole() != Role.ADMIN;
		boolean operator = me.getRole() == Role.OPERATOR && (user.getRole() == Role.ADMIN || user.getRole() == Role.SHA_VIEWER);
		if (!mine && !operator) {
			throw new NotFoundException("User", userId);
		}
		if (!this.factors.existsByUserId(userId)) {
			return;
		}
		remove(user);
	}

	private void remove(AppUser user) {
		this.factors.findByUserId(user.getId()).ifPresent(this.factors::delete);
		this.recoveryCodes.deleteAll(this.recoveryCodes.findByUserId(user.getId()));
		tellUser(user, "removed", "SECOND_FACTOR_CHANGED");
	}

	private List<String> replaceRecoveryCodes(AppUser user) {
		this.recoveryCodes.deleteAll(this.recoveryCodes.findByUserId(user.getId()));
		List<String> codes = new ArrayList<>();
		List<RecoveryCode> saved = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = RecoveryCode.newCode();
			codes.add(code);
			saved.add(new RecoveryCode(user, code));
		}
		this.recoveryCodes.saveAll(saved);
		return codes;
	}

	/**
	 * Whether the user's role or PCT asks them for a second factor.
	 * @param user the user
	 * @return true for administrators and operators, and everyone of a PCT that asks it of all
	 */
	boolean isRequired(AppUser user) {
		if (user.getRole() == Role.ADMIN || user.getRole() == Role.OPERATOR) {
			return true;
		}
		return user.getOrganisationId() != null && this.settings.of(user.getOrganisationId()).isRequireSecondFactor();
	}

	private void tellUser(AppUser user, String what, String kind) {
		Instant now = this.clock.instant();
		this.outbox.add(new Reminder(user.getOrganisationId(), user.getPersonId(), user.getDisplayName(),
				user.getEmail(), kind,
				"second-factor-" + what + ":" + user.getId() + ":" + now.toEpochMilli(), "/account/two-factor", null,
				Reminder.date(LocalDate.ofInstant(now, this.clock.getZone()))));
	}

	private AppUser user(Long userId) {
		return this.users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
	}

	/** The state of a user's second factor. */
	public record Status(boolean enabled, Instant since, long recoveryCodesLeft, boolean required, Instant due) {
	}

	/** What came of a code. */
	public enum Outcome {

		RIGHT, RECOVERY_CODE_USED, WRONG, LOCKED

	}

	/**
	 * @param outcome what came of it
	 * @param recoveryCodesLeft after a recovery code was used, how many remain
	 */
	public record Check(Outcome outcome, long recoveryCodesLeft) {
	}

}
