package org.pecgov.audit;

/**
 * What a write did. Labels are in messages.properties as {@code AuditAction.NAME}.
 */
public enum AuditAction {

	CREATE, UPDATE, RETIRE, REINSTATE, DELETE

}
