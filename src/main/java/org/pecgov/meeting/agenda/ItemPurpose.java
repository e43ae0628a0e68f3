package org.pecgov.meeting.agenda;

/**
 * Why an item is on the agenda. Items for information are not debated (Fit to lead §3.1). Labels are in
 * messages.properties as {@code ItemPurpose.NAME}.
 */
public enum ItemPurpose {

	DECISION, DISCUSSION, INFORMATION;

	/** Whether the item is debated, and so needs a quorum. */
	public boolean isDebated() {
		return this != INFORMATION;
	}

}
