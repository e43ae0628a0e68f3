package org.pecgov.meeting.agenda;

/**
 * An item was taken off an agenda (before the meeting was held), published within the transaction that removes it so
 * that what hangs on the item (a recommendation put on a Board agenda) is undone with it.
 * @param meetingId the meeting
 * @param itemId the item
 */
public record ItemRemoved(Long meetingId, Long itemId) {
}
