package org.pecgov.member;

import java.time.LocalDate;
import java.util.List;

/**
 * The posts someone holds and held, for their record: answered by the appointment feature, so that the
 * register need not know it.
 */
public interface PostsHeld {

	/**
	 * Someone's appointments in the PCT the user reads, latest first.
	 * @param personId the person
	 * @return their posts
	 */
	List<HeldPost> of(Long personId);

	/**
	 * A post held, from one day to another.
	 * @param appointmentId the appointment, whose page shows what the post asked for
	 * @param post the post's title
	 * @param committee its committee's name
	 * @param from the first day
	 * @param to the last day, or null when open-ended
	 * @param current whether it is held today
	 * @param reappointment whether its reappointment gate is open to the user: the term is coming up for renewal,
	 * and the user (an administrator or the chair) checks the conditions on the appointment's page
	 */
	record HeldPost(Long appointmentId, String post, String committee, LocalDate from, LocalDate to,
			boolean current, boolean reappointment) {
	}

}
