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
 * An objective of a post holder for the year, in one of their lead areas (work-streams).
 */
@Entity
@Table(name = "objective")
public class Objective extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Column(name = "lead_area", nullable = false)
	private String leadArea;

	@Column(nullable = false)
	private String objective;

	private String measure;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ObjectiveStatus status = ObjectiveStatus.ON_TRACK;

	@Column(name = "set_by", nullable = false, updatable = false)
	private String setBy;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	@Column(name = "pec_function")
	private org.pecgov.committee.PecFunction function;

	protected Objective() {
	}

	Objective(Long organisationId, Long personId, String leadArea, String objective, String measure, LocalDate dueOn,
			String setBy) {
		this.organisationId = organisationId;
		this.personId = personId;
		this.leadArea = leadArea;
		this.objective = objective;
		this.measure = measure;
		this.dueOn = dueOn;
		this.setBy = setBy;
	}

	void moveTo(ObjectiveStatus status) {
		this.status = status;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getLeadArea() {
		return this.leadArea;
	}

	public String getObjective() {
		return this.objective;
	}

	public String getMeasure() {
		return this.measure;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public ObjectiveStatus getStatus() {
		return this.status;
	}

	public String getSetBy() {
		return this.setBy;
	}

	void serve(org.pecgov.committee.PecFunction function) {
		this.function = function;
	}

	/**
	 * The PEC function the objective serves.
	 * @return it, or null when not said
	 */
	public org.pecgov.committee.PecFunction getFunction() {
		return this.function;
	}

}
