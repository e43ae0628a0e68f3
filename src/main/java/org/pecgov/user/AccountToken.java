package org.pecgov.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A single-use link to set a password: an invitation (72 hours) or a reset (1 hour). Only the SHA-256 of
 * its secret is kept; the secret itself is in the email alone.
 */
@Entity
@Table(name = "account_token")
class AccountToken extends BaseEntity implements OrganisationOwned {

	enum Purpose {

		INVITATION, RESET

	}

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(name = "organisation_id", updatable = false)
	private Long organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Purpose purpose;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected AccountToken() {
	}

	AccountToken(AppUser user, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.userId = user.getId();
		this.organisationId = user.getOrganisationId();
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	Long getUserId() {
		return this.userId;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	Purpose getPurpose() {
		return this.purpose;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getUsedAt() {
		return this.usedAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
