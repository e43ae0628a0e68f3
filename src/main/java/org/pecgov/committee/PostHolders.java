package org.pecgov.committee;

import java.time.LocalDate;
import java.util.List;

/**
 * Who holds and held a post: answered by the appointment feature, so that posts need not know it.
 */
public interface PostHolders {

	List<Holding> holdersOf(Long postId);

	/**
	 * Whether a post has a vacancy open: then no other is opened for it.
	 * @param postId the post
	 * @return whether it has
	 */
	boolean hasOpenVacancy(Long postId);

	/**
	 * One appointment to a post.
	 * @param appointmentId the appointment
	 * @param personId who
	 * @param name their name
	 * @param termStart from
	 * @param termEnd to, or null when open-ended
	 * @param endedOn when it ended early, or null
	 * @param current whether it is in force today
	 * @param lastDay its last day, early end or end of term (null: no end), as appointments reckon it
	 */
	record Holding(Long appointmentId, Long personId, String name, LocalDate termStart, LocalDate termEnd,
			LocalDate endedOn, boolean current, LocalDate lastDay) {
	}

}
