package org.pecgov.appraisal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * An item of a personal development plan agreed at an appraisal: a need, the action, the support, by when.
 */
@Entity
@Table(name = "pdp_item")
public class PdpItem extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "appraisal_id", nullable = false, updatable = false)
	private Long appraisalId;

	@Column(nullable = false)
	private String need;

	@Column(nullable = false)
	private String action;

	private String support;

	@Column(name = "by_when", nullable = false)
	private LocalDate byWhen;

	protected PdpItem() {
	}

	PdpItem(Long organisationId, Long appraisalId, String need, String action, String support, LocalDate byWhen) {
		this.organisationId = organisationId;
		this.appraisalId = appraisalId;
		this.need = need;
		this.action = action;
		this.support = support;
		this.byWhen = byWhen;
	}

	PdpItem copyTo(Long appraisalId) {
		return new PdpItem(this.organisationId, appraisalId, this.need, this.action, this.support, this.byWhen);
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getAppraisalId() {
		return this.appraisalId;
	}

	public String getNeed() {
		return this.need;
	}

	public String getAction() {
		return this.action;
	}

	public String getSupport() {
		return this.support;
	}

	public LocalDate getByWhen() {
		return this.byWhen;
	}

}
