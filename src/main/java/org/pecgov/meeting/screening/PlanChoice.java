package org.pecgov.meeting.screening;

/**
 * How the chair handles a conflict on an item. Labels are in messages.properties as
 * {@code PlanChoice.NAME}.
 */
public enum PlanChoice {

	/** Stays and takes part; the interest is noted. */
	STAYS,
	/** Takes part in the discussion, not in the decision. */
	DISCUSSION_ONLY,
	/** Leaves the meeting for the item. */
	LEAVES,
	/** Receives no papers for the item (and leaves for it). */
	NO_PAPERS;

	/** Whether the person counts towards the quorum of the item's discussion. */
	public boolean discusses() {
		return this == STAYS || this == DISCUSSION_ONLY;
	}

	/** Whether the person takes part in the item's decision. */
	public boolean decides() {
		return this == STAYS;
	}

}
