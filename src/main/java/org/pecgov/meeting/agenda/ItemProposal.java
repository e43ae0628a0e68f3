package org.pecgov.meeting.agenda;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * An item the PEC chair or a member proposes for a coming meeting of a committee they sit on ("agendas the PEC sets
 * rather than management", Fit to Lead §3.1): the secretary accepts it onto the agenda or declines it with a reason
 * the proposer sees.
 */
@Entity
@Table(name = "item_proposal")
public class ItemProposal extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(name = "proposer_id", nullable = false, updatable = false)
	private Long proposerId;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemPurpose purpose;

	private String reason;

	@Column(name = "minutes_requested")
	private Integer minutesRequested;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProposalStatus status = ProposalStatus.PROPOSED;

	@Column(name = "declined_because")
	private String declinedBecause;

	@Column(name = "item_id")
	private Long itemId;

	@Column(name = "proposed_at", nullable = false, updatable = false)
	private Instant proposedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected ItemProposal() {
	}

	ItemProposal(Long organisationId, Long meetingId, Long proposerId, String title, ItemPurpose purpose,
			String reason, Integer minutesRequested, Instant proposedAt) {
		this.organisationId = organisationId;
		this.meetingId = meetingId;
		this.proposerId = proposerId;
		this.title = title;
		this.purpose = purpose;
		this.reason = reason;
		this.minutesRequested = minutesRequested;
		this.proposedAt = proposedAt;
	}

	void accept(Long itemId, Instant at) {
		this.status = ProposalStatus.ACCEPTED;
		this.itemId = itemId;
		this.decidedAt = at;
	}

	void decline(String because, Instant at) {
		this.status = ProposalStatus.DECLINED;
		this.declinedBecause = because;
		this.decidedAt = at;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public Long getProposerId() {
		return this.proposerId;
	}

	public String getTitle() {
		return this.title;
	}

	public ItemPurpose getPurpose() {
		return this.purpose;
	}

	public String getReason() {
		return this.reason;
	}

	public Integer getMinutesRequested() {
		return this.minutesRequested;
	}

	public ProposalStatus getStatus() {
		return this.status;
	}

	public String getDeclinedBecause() {
		return this.declinedBecause;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Instant getProposedAt() {
		return this.proposedAt;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
