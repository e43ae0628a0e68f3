package org.pecgov.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A kind of email a PCT requires: always sent at once (an entity, so that the audit trail records who set it).
 */
@Entity
@Table(name = "required_notice")
class RequiredNotice extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(nullable = false, updatable = false)
	private String kind;

	protected RequiredNotice() {
	}

	RequiredNotice(Long organisationId, NoticeKind kind) {
		this.organisationId = organisationId;
		this.kind = kind.name();
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	String getKind() {
		return this.kind;
	}

}
