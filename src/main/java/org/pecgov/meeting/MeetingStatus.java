package org.pecgov.meeting;

/**
 * Where a meeting is in its life: planned, its agenda published, held, its minutes approved (at a later
 * meeting). Labels are in messages.properties as {@code MeetingStatus.NAME}.
 */
public enum MeetingStatus {

	PLANNED, AGENDA_PUBLISHED, HELD, MINUTES_APPROVED

}
