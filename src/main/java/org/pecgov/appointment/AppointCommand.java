package org.pecgov.appointment;

/**
 * An appointment to make.
 * @param postId the post
 * @param personId who
 * @param term the dates
 * @param boardSeat whether they also sit on the Board
 * @param purpose why (required for a co-opted member)
 * @param confirmed whether the user confirmed a composition warning
 * @param renewalReason why a term is renewed although a condition of the reappointment gate is not met
 * @param secondPostReason why someone is given a second post on a committee they already sit on
 */
public record AppointCommand(Long postId, Long personId, Term term, boolean boardSeat, String purpose,
		boolean confirmed, String renewalReason, String secondPostReason) {

	public AppointCommand(Long postId, Long personId, Term term, boolean boardSeat, String purpose, boolean confirmed,
			String renewalReason) {
		this(postId, personId, term, boardSeat, purpose, confirmed, renewalReason, null);
	}

	public AppointCommand(Long postId, Long personId, Term term, boolean boardSeat, String purpose, boolean confirmed) {
		this(postId, personId, term, boardSeat, purpose, confirmed, null, null);
	}

}
