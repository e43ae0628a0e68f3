package org.pecgov.meeting.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * The chair's plan for someone flagged on an agenda item.
 */
@Entity
@Table(name = "conflict_plan")
public class ConflictPlan extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanChoice plan;

	private String note;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	protected ConflictPlan() {
	}

	ConflictPlan(Long organisationId, Long itemId, Long personId) {
		this.organisationId = organisationId;
		this.itemId = itemId;
		this.personId = personId;
	}

	void record(PlanChoice plan, String note, String recordedBy) {
		this.plan = plan;
		this.note = note;
		this.recordedBy = recordedBy;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public PlanChoice getPlan() {
		return this.plan;
	}

	public String getNote() {
		return this.note;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
