package org.pecgov.meeting.minutes;

/**
 * Where a recommendation to the Board has got to: drafted with the minutes, sent to the Board with its statement of
 * conflicts, on a Board agenda, and the Board's decision. A deferred recommendation may go on a later Board agenda.
 */
public enum RecommendationStatus {

	DRAFTED, SENT, ON_AGENDA, ACCEPTED, REJECTED, DEFERRED;

	/** Whether it waits for a Board agenda: sent, or deferred by the Board. */
	public boolean awaitsAgenda() {
		return this == SENT || this == DEFERRED;
	}

	/** Whether the Board decided it, one way or the other. */
	public boolean isDecided() {
		return this == ACCEPTED || this == REJECTED || this == DEFERRED;
	}

	/** The colour of the status's NHS tag. */
	public String tag() {
		return switch (this) {
			case DRAFTED -> "grey";
			case SENT -> "blue";
			case ON_AGENDA -> "purple";
			case ACCEPTED -> "green";
			case REJECTED -> "red";
			case DEFERRED -> "yellow";
		};
	}

}
