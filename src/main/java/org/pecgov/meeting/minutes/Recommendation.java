package org.pecgov.meeting.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A recommendation of the PEC (or a sub-committee) to the Board, made with the decision on an item: what is
 * recommended, the item's statement of conflicts as it stood when it was sent (who was conflicted, the interest, how
 * it was handled, who chaired, whether the item stayed quorate: Fit to Lead §3.10), and how it travelled: drafted,
 * sent, on a Board agenda, and the Board's decision with its date.
 */
@Entity
@Table(name = "recommendation")
public class Recommendation extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RecommendationStatus status = RecommendationStatus.DRAFTED;

	@Column(name = "chaired_by")
	private String chairedBy;

	private Boolean quorate;

	@Column(name = "sent_on")
	private LocalDate sentOn;

	@Column(name = "board_meeting_id")
	private Long boardMeetingId;

	@Column(name = "board_item_id")
	private Long boardItemId;

	@Column(name = "board_decision")
	private String boardDecision;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "recommendation_conflict", joinColumns = @JoinColumn(name = "recommendation_id"))
	@OrderColumn(name = "position")
	private List<Conflict> conflicts = new ArrayList<>();

	protected Recommendation() {
	}

	Recommendation(Long organisationId, Long meetingId, Long itemId, String text, Instant createdAt) {
		this.organisationId = organisationId;
		this.meetingId = meetingId;
		this.itemId = itemId;
		this.text = text;
		this.createdAt = createdAt;
	}

	void reword(String text) {
		this.text = text;
	}

	void send(LocalDate day, String chairedBy, Boolean quorate, List<Conflict> conflicts) {
		this.status = RecommendationStatus.SENT;
		this.sentOn = day;
		this.chairedBy = chairedBy;
		this.quorate = quorate;
		this.conflicts = new ArrayList<>(conflicts);
	}

	void putOn(Long boardMeetingId, Long boardItemId) {
		this.status = RecommendationStatus.ON_AGENDA;
		this.boardMeetingId = boardMeetingId;
		this.boardItemId = boardItemId;
		this.boardDecision = null;
		this.decidedOn = null;
	}

	void takenOff() {
		this.status = RecommendationStatus.SENT;
		this.boardMeetingId = null;
		this.boardItemId = null;
	}

	void decide(RecommendationStatus outcome, String boardDecision, LocalDate decidedOn) {
		this.status = outcome;
		this.boardDecision = boardDecision;
		this.decidedOn = decidedOn;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getText() {
		return this.text;
	}

	public RecommendationStatus getStatus() {
		return this.status;
	}

	public String getChairedBy() {
		return this.chairedBy;
	}

	public Boolean getQuorate() {
		return this.quorate;
	}

	public LocalDate getSentOn() {
		return this.sentOn;
	}

	public Long getBoardMeetingId() {
		return this.boardMeetingId;
	}

	public Long getBoardItemId() {
		return this.boardItemId;
	}

	public String getBoardDecision() {
		return this.boardDecision;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public List<Conflict> getConflicts() {
		return this.conflicts;
	}

	/**
	 * A conflict on the item, as the statement sent to the Board gives it.
	 */
	@Embeddable
	public static class Conflict {

		@Column(nullable = false)
		private String person;

		@Column(nullable = false)
		private String interests;

		private String handled;

		private String note;

		protected Conflict() {
		}

		Conflict(String person, String interests, String handled, String note) {
			this.person = person;
			this.interests = interests;
			this.handled = handled;
			this.note = note;
		}

		public String getPerson() {
			return this.person;
		}

		public String getInterests() {
			return this.interests;
		}

		/** How it was handled: the name of the chair's plan, or null when none was recorded. */
		public String getHandled() {
			return this.handled;
		}

		public String getNote() {
			return this.note;
		}

	}

}
