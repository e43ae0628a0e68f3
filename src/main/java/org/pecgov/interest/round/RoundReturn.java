package org.pecgov.interest.round;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A post holder's return in a year's round: their declarations confirmed, or a nil return.
 */
@Entity
@Table(name = "round_return")
public class RoundReturn extends BaseEntity implements OrganisationOwned {

	/** What was returned. */
	public enum Kind {

		NIL, CONFIRMED

	}

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Column(name = "round_year", nullable = false, updatable = false)
	private int roundYear;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(name = "made_on", nullable = false)
	private LocalDate madeOn;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	protected RoundReturn() {
	}

	RoundReturn(Long organisationId, Long personId, int roundYear, Kind kind, LocalDate madeOn, String recordedBy) {
		this.organisationId = organisationId;
		this.personId = personId;
		this.roundYear = roundYear;
		this.kind = kind;
		this.madeOn = madeOn;
		this.recordedBy = recordedBy;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public int getRoundYear() {
		return this.roundYear;
	}

	public Kind getKind() {
		return this.kind;
	}

	public LocalDate getMadeOn() {
		return this.madeOn;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

}
