package org.pecgov.meeting.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * What was decided on an item: the outcome, and the votes where there was a vote. Its recommendations to the
 * Board are records of their own ({@code meeting.recommendation}).
 */
@Entity
@Table(name = "decision")
public class Decision extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(nullable = false)
	private String outcome;

	@Column(name = "votes_for")
	private Integer votesFor;

	@Column(name = "votes_against")
	private Integer votesAgainst;

	private Integer abstentions;

	protected Decision() {
	}

	Decision(Long organisationId, Long itemId) {
		this.organisationId = organisationId;
		this.itemId = itemId;
	}

	void record(String outcome, Integer votesFor, Integer votesAgainst, Integer abstentions) {
		this.outcome = outcome;
		this.votesFor = votesFor;
		this.votesAgainst = votesAgainst;
		this.abstentions = abstentions;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public Integer getVotesFor() {
		return this.votesFor;
	}

	public Integer getVotesAgainst() {
		return this.votesAgainst;
	}

	public Integer getAbstentions() {
		return this.abstentions;
	}

	public boolean isVoted() {
		return this.votesFor != null || this.votesAgainst != null || this.abstentions != null;
	}

}
