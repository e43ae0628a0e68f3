package org.pecgov.user;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.security.Role;
import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * Someone who signs in.
 */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity implements OrganisationOwned {

	/** Failed logins in a row that lock an account. */
	public static final int MAX_FAILED_LOGINS = 5;

	/** How long a locked account stays locked. */
	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "person_id")
	private Long personId;

	@Column(nullable = false)
	private boolean enabled = true;

	/** May decide whether an entry of the register of interests is withheld from publication. */
	@Column(nullable = false)
	private boolean guardian;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/** When a one-time password stops working; null for a password the user chose. */
	@Column(name = "password_expires_at")
	private Instant passwordExpiresAt;

	/** Made through single sign-on, waiting for an administrator to link it to a person. */
	@Column(name = "awaiting_link", nullable = false)
	private boolean awaitingLink;

	/** When a second factor asked of the user must be set up by; null until a login first asked for one. */
	@Column(name = "second_factor_due")
	private Instant secondFactorDue;

	@Column(name = "calendar_token")
	private String calendarToken;

	protected AppUser() {
	}

	public AppUser(String email, String displayName, Role role, Long organisationId, Long personId,
			String passwordHash, boolean mustChangePassword, Instant createdAt) {
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.organisationId = organisationId;
		this.personId = personId;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	public boolean isLockedNow() {
		return isLocked(Instant.now());
	}

	void loginFailed(Instant now) {
		if (isLocked(now)) {
			return;
		}
		this.failedLogins++;
		if (this.failedLogins >= MAX_FAILED_LOGINS) {
			this.lockedUntil = now.plus(LOCK_DURATION);
			this.failedLogins = 0;
		}
	}

	/**
	 * Locks the account for {@link #LOCK_DURATION}: five wrong second-factor codes in a row.
	 * @param now the time
	 */
	void lock(Instant now) {
		this.lockedUntil = now.plus(LOCK_DURATION);
	}

	/**
	 * The date a second factor asked of the user must be set up by, fixed by the first login that asked.
	 * @param now the time
	 * @param grace how long a user has
	 * @return the date
	 */
	Instant secondFactorDue(Instant now, Duration grace) {
		if (this.secondFactorDue == null) {
			this.secondFactorDue = now.plus(grace);
		}
		return this.secondFactorDue;
	}

	void restartSecondFactorDue() {
		this.secondFactorDue = null;
	}

	Instant getSecondFactorDue() {
		return this.secondFactorDue;
	}

	void loginSucceeded() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/** How long a one-time password given by an administrator works. */
	public static final Duration ONE_TIME_PASSWORD_VALID = Duration.ofHours(72);

	/**
	 * Gives the user a one-time password, which works for {@link #ONE_TIME_PASSWORD_VALID}.
	 */
	void setOneTimePassword(String passwordHash, Instant now) {
		setPassword(passwordHash, true);
		this.passwordExpiresAt = now.plus(ONE_TIME_PASSWORD_VALID);
	}

	public boolean isPasswordExpired(Instant now) {
		return this.passwordExpiresAt != null && !now.isBefore(this.passwordExpiresAt);
	}

	public Instant getPasswordExpiresAt() {
		return this.passwordExpiresAt;
	}

	void setPassword(String passwordHash, boolean mustChange) {
		this.passwordHash = passwordHash;
		this.passwordExpiresAt = null;
		this.mustChangePassword = mustChange;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public boolean isGuardian() {
		return this.guardian;
	}

	void setGuardian(boolean guardian) {
		this.guardian = guardian;
	}

	void update(String displayName, Role role, Long personId, boolean enabled) {
		this.displayName = displayName;
		this.role = role;
		this.personId = personId;
		this.enabled = enabled;
		this.awaitingLink = false;
	}

	/**
	 * A member account made through single sign-on, for an administrator to link to a person.
	 */
	void awaitLink() {
		this.awaitingLink = true;
	}

	public boolean isAwaitingLink() {
		return this.awaitingLink;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public String getCalendarToken() {
		return this.calendarToken;
	}

	void renewCalendarToken(String token) {
		this.calendarToken = token;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
