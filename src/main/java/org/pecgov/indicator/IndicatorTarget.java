package org.pecgov.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A target a PCT set for one of the PEC's indicators, in place of the default.
 */
@Entity
@Table(name = "indicator_target")
class IndicatorTarget extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Indicator indicator;

	@Column(nullable = false)
	private int target;

	protected IndicatorTarget() {
	}

	IndicatorTarget(Long organisationId, Indicator indicator, int target) {
		this.organisationId = organisationId;
		this.indicator = indicator;
		this.target = target;
	}

	void setTarget(int target) {
		this.target = target;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public int getTarget() {
		return this.target;
	}

}
