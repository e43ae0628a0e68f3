package org.pecgov.audit;

import java.time.LocalDate;

/**
 * What the audit list is narrowed to; every part may be null.
 * @param entityType a kind of record, e.g. Person
 * @param actor part of the email of who did it
 * @param action what was done
 * @param from first day
 * @param to last day
 */
public record AuditFilter(String entityType, Long entityId, String actor, AuditAction action, LocalDate from, LocalDate to) {

	public AuditFilter(String entityType, String actor, AuditAction action, LocalDate from, LocalDate to) {
		this(entityType, null, actor, action, from, to);
	}

}
