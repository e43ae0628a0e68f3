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
 */
public record AppointCommand(Long postId, Long personId, Term term, boolean boardSeat, String purpose,
		boolean confirmed, String renewalReason) {

	public AppointCommand(Long postId, Long personId, Term term, boolean boardSeat, String purpose, boolean confirmed) {
		this(postId, personId, term, boardSeat, purpose, confirmed, null);
	}

}
