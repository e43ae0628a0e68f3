package org.pecgov.appointment;

/**
 * Why an appointment ended. Labels are in messages.properties as {@code EndReason.NAME}.
 */
public enum EndReason {

	TERM_ENDED, RESIGNED, REMOVED, STOPPED_PRACTISING

}
