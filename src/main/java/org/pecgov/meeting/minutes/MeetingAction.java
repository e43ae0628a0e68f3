package org.pecgov.meeting.minutes;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * An action agreed at a meeting: who does what by when.
 */
@Entity
@Table(name = "meeting_action")
public class MeetingAction extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(name = "item_id")
	private Long itemId;

	@Column(nullable = false)
	private String description;

	@Column(name = "owner_id", nullable = false)
	private Long ownerId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionStatus status = ActionStatus.OPEN;

	protected MeetingAction() {
	}

	public MeetingAction(Long organisationId, Long meetingId, Long itemId, String description, Long ownerId, LocalDate dueOn) {
		this.organisationId = organisationId;
		this.meetingId = meetingId;
		this.itemId = itemId;
		this.description = description;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
	}

	void moveTo(ActionStatus status) {
		this.status = status;
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

	public String getDescription() {
		return this.description;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public boolean isOverdue(LocalDate today) {
		return this.status == ActionStatus.OPEN && this.dueOn.isBefore(today);
	}

}
