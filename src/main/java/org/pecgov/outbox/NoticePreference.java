package org.pecgov.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A person's choice of how to receive one kind of email (an entity, so that the audit trail records it).
 */
@Entity
@Table(name = "notice_preference")
class NoticePreference extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", updatable = false)
	private Long organisationId;

	@Column(name = "person_id", updatable = false)
	private Long personId;

	@Column(updatable = false)
	private String email;

	@Column(nullable = false, updatable = false)
	private String kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NoticeKind.Mode mode;

	protected NoticePreference() {
	}

	NoticePreference(Long organisationId, Long personId, String email, NoticeKind kind, NoticeKind.Mode mode) {
		this.organisationId = organisationId;
		this.personId = personId;
		this.email = email;
		this.kind = kind.name();
		this.mode = mode;
	}

	void choose(NoticeKind.Mode mode) {
		this.mode = mode;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	String getKind() {
		return this.kind;
	}

	NoticeKind.Mode getMode() {
		return this.mode;
	}

}
