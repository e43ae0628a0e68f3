package org.pecgov.appraisal.review;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A one-to-one review: the PEC chair with a member (the PCT chair with the PEC chair).
 */
@Entity
@Table(name = "review")
public class Review extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Column(name = "reviewer_id", nullable = false, updatable = false)
	private Long reviewerId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private String notes;

	private String progress;

	protected Review() {
	}

	Review(Long organisationId, Long personId, Long reviewerId, LocalDate heldOn, String notes, String progress) {
		this.organisationId = organisationId;
		this.personId = personId;
		this.reviewerId = reviewerId;
		this.heldOn = heldOn;
		this.notes = notes;
		this.progress = progress;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public Long getReviewerId() {
		return this.reviewerId;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getNotes() {
		return this.notes;
	}

	public String getProgress() {
		return this.progress;
	}

}
