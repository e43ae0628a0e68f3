package org.pecgov.appointment.vacancy;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A post to fill by interview against its specification of the day the vacancy opened.
 */
@Entity
@Table(name = "vacancy")
public class Vacancy extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "post_id", nullable = false, updatable = false)
	private Long postId;

	@Column(name = "specification_id", nullable = false, updatable = false)
	private Long specificationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private VacancyStatus status = VacancyStatus.OPEN;

	@Column(name = "opened_on", nullable = false, updatable = false)
	private LocalDate openedOn;

	private String notes;

	@Column(name = "chosen_candidate_id")
	private Long chosenCandidateId;

	@Column(name = "decision_reasons")
	private String decisionReasons;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	protected Vacancy() {
	}

	Vacancy(Long organisationId, Long postId, Long specificationId, LocalDate openedOn, String notes) {
		this.organisationId = organisationId;
		this.postId = postId;
		this.specificationId = specificationId;
		this.openedOn = openedOn;
		this.notes = notes;
	}

	void decide(Long candidateId, String reasons, LocalDate on) {
		this.chosenCandidateId = candidateId;
		this.decisionReasons = reasons;
		this.decidedOn = on;
		this.status = VacancyStatus.APPOINTED;
	}

	void close(String reasons, LocalDate on) {
		this.decisionReasons = reasons;
		this.decidedOn = on;
		this.status = VacancyStatus.CLOSED;
	}

	public boolean isOpen() {
		return this.status == VacancyStatus.OPEN;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getPostId() {
		return this.postId;
	}

	public Long getSpecificationId() {
		return this.specificationId;
	}

	public VacancyStatus getStatus() {
		return this.status;
	}

	public LocalDate getOpenedOn() {
		return this.openedOn;
	}

	public String getNotes() {
		return this.notes;
	}

	public Long getChosenCandidateId() {
		return this.chosenCandidateId;
	}

	public String getDecisionReasons() {
		return this.decisionReasons;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

}
