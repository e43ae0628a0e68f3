package org.pecgov.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One field changed by an {@link AuditEvent}, with its old and new value.
 */
@Entity
@Immutable
@Table(name = "audit_change")
public class AuditChange {

	@Id
	private Long id;

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(nullable = false)
	private String field;

	@Column(name = "old_value")
	private String oldValue;

	@Column(name = "new_value")
	private String newValue;

	protected AuditChange() {
	}

	public Long getEventId() {
		return this.eventId;
	}

	public String getField() {
		return this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

}
