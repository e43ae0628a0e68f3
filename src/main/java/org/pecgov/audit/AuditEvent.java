package org.pecgov.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One write of one record: who, when, which organisation, which record, what was done. Written by
 * {@link AuditListener}, never changed.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "entity_type", nullable = false)
	private String entityType;

	@Column(name = "entity_id", nullable = false)
	private Long entityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditAction action;

	/** The person the change concerns: the person changed, or the record's own person; null for none. */
	@Column(name = "person_id")
	private Long personId;

	protected AuditEvent() {
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public Long getEntityId() {
		return this.entityId;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public Long getPersonId() {
		return this.personId;
	}

}
