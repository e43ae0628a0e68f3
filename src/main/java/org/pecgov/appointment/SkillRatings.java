package org.pecgov.appointment;

import java.util.Map;

/**
 * Ratings of competencies from elsewhere than interviews (annual appraisals), for the skills matrix: where a
 * post holder has them, they stand in for the interview scores, being the more recent evidence.
 */
public interface SkillRatings {

	/**
	 * The latest ratings of each person of a PCT who has any.
	 * @param organisationId the PCT
	 * @return rating (1 to 4) by competency id, by person id
	 */
	Map<Long, Map<Long, Double>> latest(Long organisationId);

}
