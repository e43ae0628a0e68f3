package org.pecgov.audit;

import java.util.List;

/**
 * An audit event with the fields it changed.
 * @param event the event
 * @param changes its changed fields
 */
public record AuditEntry(AuditEvent event, List<AuditChange> changes) {
}
