package org.pecgov.meeting;

/**
 * What kind of meeting (Fit to lead §4.7). Labels are in messages.properties as {@code MeetingType.NAME}.
 */
public enum MeetingType {

	BUSINESS, SEMINAR, AWAY_DAY, SUB_COMMITTEE, BOARD

}
