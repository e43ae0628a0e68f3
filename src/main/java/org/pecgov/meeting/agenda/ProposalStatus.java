package org.pecgov.meeting.agenda;

/**
 * Where an item proposed for a meeting has got to: waiting for the secretary, on the agenda, or declined with a
 * reason.
 */
public enum ProposalStatus {

	PROPOSED, ACCEPTED, DECLINED;

	/** The colour of the status's NHS tag. */
	public String tag() {
		return switch (this) {
			case PROPOSED -> "blue";
			case ACCEPTED -> "green";
			case DECLINED -> "red";
		};
	}

}
