package org.pecgov.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A user's authenticator app: the secret it shares with the service, and the last code used.
 */
@Entity
@Table(name = "second_factor")
class SecondFactor extends BaseEntity implements OrganisationOwned {

	/** Wrong codes in a row that lock the account. */
	static final int MAX_WRONG_CODES = 5;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(name = "organisation_id", updatable = false)
	private Long organisationId;

	@Column(nullable = false, updatable = false)
	private String secret;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "last_used_step", nullable = false)
	private long lastUsedStep;

	@Column(name = "failed_codes", nullable = false)
	private int failedCodes;

	protected SecondFactor() {
	}

	SecondFactor(AppUser user, String secret, long firstStep, Instant createdAt) {
		this.userId = user.getId();
		this.organisationId = user.getOrganisationId();
		this.secret = secret;
		this.lastUsedStep = firstStep;
		this.createdAt = createdAt;
	}

	void used(long step) {
		this.lastUsedStep = step;
		this.failedCodes = 0;
	}

	/**
	 * @return true when this wrong code is the fifth in a row, or later
	 */
	boolean wrongCode() {
		this.failedCodes++;
		// not counted from zero again until a right code: past the fifth, each wrong code locks the account again
		return this.failedCodes >= MAX_WRONG_CODES;
	}

	void recovered() {
		this.failedCodes = 0;
	}

	Long getUserId() {
		return this.userId;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	String getSecret() {
		return this.secret;
	}

	long getLastUsedStep() {
		return this.lastUsedStep;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
