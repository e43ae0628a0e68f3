package org.pecgov.appointment.vacancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A member of a vacancy's interview panel, e.g. the chief executive or the PCT chair.
 */
@Entity
@Table(name = "panel_member")
public class PanelMember extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "vacancy_id", nullable = false, updatable = false)
	private Long vacancyId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Column(name = "panel_role", nullable = false)
	private String panelRole;

	protected PanelMember() {
	}

	PanelMember(Long organisationId, Long vacancyId, Long personId, String panelRole) {
		this.vacancyId = vacancyId;
		this.personId = personId;
		this.panelRole = panelRole;
		this.organisationId = organisationId;
	}

	public Long getVacancyId() {
		return this.vacancyId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getPanelRole() {
		return this.panelRole;
	}


	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

}
