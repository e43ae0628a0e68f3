package org.pecgov.appointment.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A panellist's score of a candidate on one required competency, 1 to 4, with the evidence.
 */
@Entity
@Table(name = "score")
public class Score extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	public static final int MIN = 1;

	public static final int MAX = 4;

	@Column(name = "candidate_id", nullable = false, updatable = false)
	private Long candidateId;

	@Column(name = "panel_member_id", nullable = false, updatable = false)
	private Long panelMemberId;

	@Column(name = "competency_id", nullable = false, updatable = false)
	private Long competencyId;

	@Column(nullable = false)
	private int score;

	private String evidence;

	protected Score() {
	}

	Score(Long organisationId, Long candidateId, Long panelMemberId, Long competencyId, int score, String evidence) {
		this.candidateId = candidateId;
		this.panelMemberId = panelMemberId;
		this.competencyId = competencyId;
		this.organisationId = organisationId;
		rescore(score, evidence);
	}

	void rescore(int score, String evidence) {
		if (score < MIN || score > MAX) {
			throw new IllegalArgumentException("A score is from 1 to 4");
		}
		this.score = score;
		this.evidence = evidence;
	}

	public Long getCandidateId() {
		return this.candidateId;
	}

	public Long getPanelMemberId() {
		return this.panelMemberId;
	}

	public Long getCompetencyId() {
		return this.competencyId;
	}

	public int getScore() {
		return this.score;
	}

	public String getEvidence() {
		return this.evidence;
	}


	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

}
