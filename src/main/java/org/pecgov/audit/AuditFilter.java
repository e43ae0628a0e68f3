package org.pecgov.audit;

import java.time.LocalDate;

/**
 * What the audit list is narrowed to; every part may be null.
 * @param entityType a kind of record, e.g. Person
 * @param entityId one record of that kind
 * @param personId the person the changes concern, across records
 * @param actor part of the email of who did it
 * @param action what was done
 * @param from first day
 * @param to last day
 */
public record AuditFilter(String entityType, Long entityId, Long personId, String actor, AuditAction action,
		LocalDate from, LocalDate to) {

	public AuditFilter(String entityType, String actor, AuditAction action, LocalDate from, LocalDate to) {
		this(entityType, null, null, actor, action, from, to);
	}

}
