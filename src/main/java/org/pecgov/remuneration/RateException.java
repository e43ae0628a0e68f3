package org.pecgov.remuneration;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A member paid at another rate than the others, with the reason recorded.
 */
@Entity
@Table(name = "rate_exception")
public class RateException extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "appointment_id", nullable = false, updatable = false)
	private Long appointmentId;

	@Column(nullable = false)
	private BigDecimal percent;

	@Column(nullable = false)
	private String reason;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	protected RateException() {
	}

	RateException(Long organisationId, Long appointmentId) {
		this.organisationId = organisationId;
		this.appointmentId = appointmentId;
	}

	void set(BigDecimal percent, String reason, String recordedBy) {
		this.percent = percent;
		this.reason = reason;
		this.recordedBy = recordedBy;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getAppointmentId() {
		return this.appointmentId;
	}

	public BigDecimal getPercent() {
		return this.percent;
	}

	public String getReason() {
		return this.reason;
	}

}
