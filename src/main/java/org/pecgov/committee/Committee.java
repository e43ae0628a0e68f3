package org.pecgov.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * The PEC, the Board or a sub-committee of a PCT, with the quorum rule the PCT set for it.
 */
@Entity
@Table(name = "committee")
public class Committee extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CommitteeKind kind;

	@Column(nullable = false)
	private String name;

	private String purpose;

	@Column(name = "quorum_min_present", nullable = false)
	private int quorumMinPresent;

	@Column(name = "quorum_min_clinical", nullable = false)
	private int quorumMinClinical;

	@Column(name = "quorum_chair_required", nullable = false)
	private boolean quorumChairRequired;

	protected Committee() {
	}

	public Committee(Long organisationId, CommitteeKind kind, CommitteeDetails details) {
		this.organisationId = organisationId;
		this.kind = kind;
		apply(details);
	}

	public void apply(CommitteeDetails details) {
		this.name = details.name();
		this.purpose = details.purpose();
		this.quorumMinPresent = details.quorumMinPresent();
		this.quorumMinClinical = details.quorumMinClinical();
		this.quorumChairRequired = details.quorumChairRequired();
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public CommitteeKind getKind() {
		return this.kind;
	}

	public boolean isPec() {
		return this.kind == CommitteeKind.PEC;
	}

	public String getName() {
		return this.name;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public int getQuorumMinPresent() {
		return this.quorumMinPresent;
	}

	public int getQuorumMinClinical() {
		return this.quorumMinClinical;
	}

	public boolean isQuorumChairRequired() {
		return this.quorumChairRequired;
	}

}
