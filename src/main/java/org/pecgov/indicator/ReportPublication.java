package org.pecgov.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * Whether a PCT publishes the PEC's annual report on its public pages.
 */
@Entity
@Table(name = "annual_report_publication")
class ReportPublication extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private boolean published;

	protected ReportPublication() {
	}

	ReportPublication(Long organisationId) {
		this.organisationId = organisationId;
	}

	void publish(boolean published) {
		this.published = published;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public boolean isPublished() {
		return this.published;
	}

}
