package org.pecgov.appointment.vacancy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which candidates each interview panel member has still to score: for the home page and the daily email alike.
 */
final class ScoreGaps {

	private final List<Candidate> candidates;

	private final Set<String> scored = new HashSet<>();

	/**
	 * Reads, in one statement, which candidates each panel member has scored.
	 * @param scores the scores
	 * @param candidates the candidates of the vacancies in question
	 */
	ScoreGaps(ScoreRepository scores, List<Candidate> candidates) {
		this.candidates = candidates;
		if (!candidates.isEmpty()) {
			scores.findByCandidateIdIn(candidates.stream().map(Candidate::getId).toList())
				.forEach((s) -> this.scored.add(s.getCandidateId() + ":" + s.getPanelMemberId()));
		}
	}

	/**
	 * The candidate and panel member pairs that have scores, as {@code candidateId:panelMemberId}.
	 * @return the pairs
	 */
	Set<String> scored() {
		return this.scored;
	}

	/**
	 * How many candidates of their vacancy a panel member has still to score.
	 * @param seat the panel member
	 * @return the number
	 */
	long unscored(PanelMember seat) {
		return this.candidates.stream()
			.filter((c) -> c.getVacancyId().equals(seat.getVacancyId()))
			.filter((c) -> !this.scored.contains(c.getId() + ":" + seat.getId()))
			.count();
	}

}
