package org.pecgov.appointment.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A person applying for a vacancy, with the nominations of professional colleagues.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "vacancy_id", nullable = false, updatable = false)
	private Long vacancyId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	private String nominations;

	protected Candidate() {
	}

	Candidate(Long organisationId, Long vacancyId, Long personId, String nominations) {
		this.vacancyId = vacancyId;
		this.personId = personId;
		this.nominations = nominations;
		this.organisationId = organisationId;
	}

	public Long getVacancyId() {
		return this.vacancyId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getNominations() {
		return this.nominations;
	}


	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

}
