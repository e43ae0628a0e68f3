package org.pecgov.meeting;

/**
 * A meeting's agenda was published, within the transaction that published it.
 * @param meetingId the meeting
 */
public record AgendaPublished(Long meetingId) {
}
