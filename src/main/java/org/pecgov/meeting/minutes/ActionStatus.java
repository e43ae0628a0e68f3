package org.pecgov.meeting.minutes;

/**
 * Where an action is. Labels are in messages.properties as {@code ActionStatus.NAME}.
 */
public enum ActionStatus {

	OPEN, DONE, CANCELLED

}
