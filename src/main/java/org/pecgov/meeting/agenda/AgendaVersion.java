package org.pecgov.meeting.agenda;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A version of a published agenda: the first is its publication, each later one a change (an item added, changed,
 * removed or moved; a paper added or removed), with what changed.
 */
@Entity
@Table(name = "agenda_version")
public class AgendaVersion extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(nullable = false, updatable = false)
	private int number;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false, updatable = false)
	private String changedBy;

	@Column(updatable = false)
	private String summary;

	protected AgendaVersion() {
	}

	AgendaVersion(Long organisationId, Long meetingId, int number, Instant changedAt, String changedBy,
			String summary) {
		this.organisationId = organisationId;
		this.meetingId = meetingId;
		this.number = number;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.summary = summary;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public int getNumber() {
		return this.number;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	/** What changed, or null for the publication itself. */
	public String getSummary() {
		return this.summary;
	}

}
