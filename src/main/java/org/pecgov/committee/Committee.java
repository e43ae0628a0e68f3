package org.pecgov.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * The PEC, the Board or a sub-committee of a PCT, with its terms of reference: purpose, executive or advisory, the
 * powers delegated to it, its quorum, and the committee it reports to.
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

	@Column(name = "reports_to_id")
	private Long reportsToId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CommitteeMode mode = CommitteeMode.ADVISORY;

	@Column(name = "delegated_powers")
	private String delegatedPowers;

	@Column(name = "pbc_assessment", nullable = false)
	private boolean pbcAssessment;

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
		this.reportsToId = details.reportsToId();
		this.mode = (details.mode() != null) ? details.mode() : CommitteeMode.ADVISORY;
		this.delegatedPowers = details.delegatedPowers();
		this.pbcAssessment = details.pbcAssessment();
	}

	/**
	 * The committee it reports to.
	 * @return its id, or null
	 */
	public Long getReportsToId() {
		return this.reportsToId;
	}

	public CommitteeMode getMode() {
		return this.mode;
	}

	public String getDelegatedPowers() {
		return this.delegatedPowers;
	}

	/**
	 * Whether it is the PbC assessment sub-committee: chaired by a non-executive director, its recommendations going
	 * straight to the Board.
	 * @return true if it is
	 */
	public boolean isPbcAssessment() {
		return this.pbcAssessment;
	}

	public boolean isBoard() {
		return this.kind == CommitteeKind.BOARD;
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
