package org.pecgov.interest.round;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A breach of the rules on declaring, found automatically, then reviewed.
 */
@Entity
@Table(name = "breach")
public class Breach extends BaseEntity implements OrganisationOwned {

	/** A declaration made more than 28 days late, or a round missed. */
	public enum Kind {

		LATE_DECLARATION, MISSED_ROUND

	}

	/** Where a breach stands. */
	public enum Status {

		OPEN, REVIEWED, CLOSED

	}

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Kind kind;

	@Column(name = "declaration_id", updatable = false)
	private Long declarationId;

	@Column(name = "round_year", updatable = false)
	private Integer roundYear;

	@Column(name = "detected_on", nullable = false, updatable = false)
	private LocalDate detectedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.OPEN;

	@Column(name = "reviewer_note")
	private String reviewerNote;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	protected Breach() {
	}

	static Breach lateDeclaration(Long organisationId, Long personId, Long declarationId, LocalDate on) {
		Breach breach = new Breach();
		breach.organisationId = organisationId;
		breach.personId = personId;
		breach.kind = Kind.LATE_DECLARATION;
		breach.declarationId = declarationId;
		breach.detectedOn = on;
		return breach;
	}

	static Breach missedRound(Long organisationId, Long personId, int year, LocalDate on) {
		Breach breach = new Breach();
		breach.organisationId = organisationId;
		breach.personId = personId;
		breach.kind = Kind.MISSED_ROUND;
		breach.roundYear = year;
		breach.detectedOn = on;
		return breach;
	}

	void review(Status status, String note, String by) {
		this.status = status;
		this.reviewerNote = note;
		this.reviewedBy = by;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Long getDeclarationId() {
		return this.declarationId;
	}

	public Integer getRoundYear() {
		return this.roundYear;
	}

	public LocalDate getDetectedOn() {
		return this.detectedOn;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getReviewerNote() {
		return this.reviewerNote;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

}
