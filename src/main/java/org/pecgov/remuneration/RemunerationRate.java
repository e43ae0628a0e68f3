package org.pecgov.remuneration;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * The rates of pay in force from a date: the chief executive's salary, the chair's and the members' shares of it,
 * and the backfill paid per day to clinicians' practices.
 */
@Entity
@Table(name = "remuneration_rate")
public class RemunerationRate extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "effective_from", nullable = false, updatable = false)
	private LocalDate effectiveFrom;

	@Column(name = "ceo_salary", nullable = false, updatable = false)
	private BigDecimal ceoSalary;

	@Column(name = "chair_percent", nullable = false, updatable = false)
	private BigDecimal chairPercent;

	@Column(name = "member_percent", nullable = false, updatable = false)
	private BigDecimal memberPercent;

	@Column(name = "backfill_per_day", nullable = false, updatable = false)
	private BigDecimal backfillPerDay;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	protected RemunerationRate() {
	}

	RemunerationRate(Long organisationId, RateDetails details, String recordedBy) {
		this.organisationId = organisationId;
		this.effectiveFrom = details.effectiveFrom();
		this.ceoSalary = details.ceoSalary();
		this.chairPercent = details.chairPercent();
		this.memberPercent = details.memberPercent();
		this.backfillPerDay = details.backfillPerDay();
		this.recordedBy = recordedBy;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public BigDecimal getCeoSalary() {
		return this.ceoSalary;
	}

	public BigDecimal getChairPercent() {
		return this.chairPercent;
	}

	public BigDecimal getMemberPercent() {
		return this.memberPercent;
	}

	public BigDecimal getBackfillPerDay() {
		return this.backfillPerDay;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
