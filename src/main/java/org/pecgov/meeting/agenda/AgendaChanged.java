package org.pecgov.meeting.agenda;

/**
 * A meeting's agenda changed while published, within the transaction that changed it.
 * @param meetingId the meeting
 * @param change what changed: a message key {@code agenda.change.KIND} taking the item's (or paper's) title
 * @param title the item or paper
 */
public record AgendaChanged(Long meetingId, String change, String title) {
}
