package org.pecgov.appraisal.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A course or event a post holder attended.
 */
@Entity
@Table(name = "training_record")
public class TrainingRecord extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Column(nullable = false)
	private String course;

	@Column(name = "attended_on", nullable = false)
	private LocalDate attendedOn;

	private String provider;

	@Column(nullable = false)
	private BigDecimal hours;

	@Column(nullable = false)
	private boolean joint;

	@Column(name = "pdp_item_id")
	private Long pdpItemId;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	protected TrainingRecord() {
	}

	TrainingRecord(Long organisationId, Long personId, TrainingDetails details, String recordedBy) {
		this.organisationId = organisationId;
		this.personId = personId;
		this.course = details.course();
		this.attendedOn = details.attendedOn();
		this.provider = details.provider();
		this.hours = details.hours();
		this.joint = details.joint();
		this.pdpItemId = details.pdpItemId();
		this.recordedBy = recordedBy;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getCourse() {
		return this.course;
	}

	public LocalDate getAttendedOn() {
		return this.attendedOn;
	}

	public String getProvider() {
		return this.provider;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public boolean isJoint() {
		return this.joint;
	}

	public Long getPdpItemId() {
		return this.pdpItemId;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
