package org.pecgov.appraisal.objective;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A dated update on an objective: its status then, and what was said.
 */
@Entity
@Table(name = "objective_update")
public class ObjectiveUpdate extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "objective_id", nullable = false, updatable = false)
	private Long objectiveId;

	@Column(name = "on_date", nullable = false, updatable = false)
	private LocalDate onDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ObjectiveStatus status;

	@Column(nullable = false, updatable = false)
	private String note;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	protected ObjectiveUpdate() {
	}

	ObjectiveUpdate(Long organisationId, Long objectiveId, LocalDate onDate, ObjectiveStatus status, String note,
			String recordedBy) {
		this.organisationId = organisationId;
		this.objectiveId = objectiveId;
		this.onDate = onDate;
		this.status = status;
		this.note = note;
		this.recordedBy = recordedBy;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getObjectiveId() {
		return this.objectiveId;
	}

	public LocalDate getOnDate() {
		return this.onDate;
	}

	public ObjectiveStatus getStatus() {
		return this.status;
	}

	public String getNote() {
		return this.note;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
