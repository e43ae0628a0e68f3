package org.pecgov.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the secretary says about a meeting.
 * @param committeeId the committee meeting
 * @param type what kind of meeting
 * @param date the day
 * @param startTime when it starts
 * @param place where, or null when remote only
 * @param remoteLink the link to join remotely, or null
 * @param publicMeeting whether the public may attend (its public items are published)
 */
public record MeetingDetails(Long committeeId, MeetingType type, LocalDate date, LocalTime startTime, String place,
		String remoteLink, boolean publicMeeting) {

}
