package org.pecgov.user;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * An email domain whose people, signing in through single sign-on with no pecgov account yet, are given one as a
 * PEC member of the PCT (for its administrator to complete). Only an operator allows a domain.
 */
@Entity
@Table(name = "sso_domain")
public class SsoDomain extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(nullable = false, updatable = false)
	private String domain;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected SsoDomain() {
	}

	SsoDomain(Long organisationId, String domain, Instant createdAt) {
		this.organisationId = organisationId;
		this.domain = domain;
		this.createdAt = createdAt;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getDomain() {
		return this.domain;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
