package org.pecgov.appointment.vacancy;

/**
 * One panellist's score of one candidate on one competency.
 * @param competencyId the competency
 * @param score 1 to 4
 * @param evidence the evidence noted
 */
public record ScoreEntry(Long competencyId, Integer score, String evidence) {
}
