package org.pecgov.appointment.vacancy;

import java.util.List;
import java.util.Map;

import org.pecgov.appointment.ballot.BallotView;
import org.pecgov.committee.Committee;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostSpecification;

/**
 * What a vacancy's page shows.
 * @param vacancy the vacancy
 * @param post its post
 * @param committee the post's committee
 * @param specification what the post asked for when the vacancy opened
 * @param candidates the candidates, with their names and totals
 * @param panel the panel, with names
 * @param scores score by "candidateId:panelMemberId:competencyId"
 * @param ballot the chair's ballot, or null
 * @param panelMin the fewest members of a panel, as the PCT set it
 * @param panelMax the most members of a panel
 */
public record VacancyView(Vacancy vacancy, Post post, Committee committee, PostSpecification specification,
		List<CandidateLine> candidates, List<PanelLine> panel, Map<String, Score> scores, BallotView ballot,
		int panelMin, int panelMax) {

	public boolean panelComplete() {
		return this.panel.size() >= this.panelMin && this.panel.size() <= this.panelMax;
	}

	public boolean chairPost() {
		return this.post.getKind().isChair() && this.committee.isPec();
	}

	public Score score(Long candidateId, Long panelMemberId, Long competencyId) {
		return this.scores.get(candidateId + ":" + panelMemberId + ":" + competencyId);
	}

	/**
	 * A candidate.
	 * @param candidate the candidate
	 * @param name their name
	 * @param total the sum of their scores
	 * @param mean their mean score, or null before any score
	 * @param scored how many scores they have
	 */
	public record CandidateLine(Candidate candidate, String name, int total, Double mean, int scored) {
	}

	/**
	 * A panellist.
	 * @param member the panel member
	 * @param name their name
	 */
	public record PanelLine(PanelMember member, String name) {
	}

}
