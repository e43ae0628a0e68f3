package org.pecgov.committee.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeDetails;

/**
 * A committee's name, purpose and quorum rule.
 */
public class CommitteeForm {

	private Long version;

	@NotBlank
	@Size(max = 150)
	private String name;

	@Size(max = 2000)
	private String purpose;

	@NotNull
	@Min(1)
	@Max(100)
	private Integer quorumMinPresent;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer quorumMinClinical;

	private boolean quorumChairRequired = true;

	private Long reportsToId;

	@NotNull
	private org.pecgov.committee.CommitteeMode mode;

	@Size(max = 2000)
	private String delegatedPowers;

	private boolean pbcAssessment;

	public static CommitteeForm empty() {
		CommitteeForm form = new CommitteeForm();
		form.quorumMinPresent = 3;
		form.quorumMinClinical = 0;
		return form;
	}

	public static CommitteeForm from(Committee committee) {
		CommitteeForm form = new CommitteeForm();
		form.version = committee.getVersion();
		form.name = committee.getName();
		form.purpose = committee.getPurpose();
		form.quorumMinPresent = committee.getQuorumMinPresent();
		form.quorumMinClinical = committee.getQuorumMinClinical();
		form.quorumChairRequired = committee.isQuorumChairRequired();
		form.reportsToId = committee.getReportsToId();
		form.mode = committee.getMode();
		form.delegatedPowers = committee.getDelegatedPowers();
		form.pbcAssessment = committee.isPbcAssessment();
		return form;
	}

	CommitteeDetails toDetails() {
		return new CommitteeDetails((this.name != null) ? this.name.strip() : "", this.purpose, this.quorumMinPresent, this.quorumMinClinical,
				this.quorumChairRequired, this.reportsToId, this.mode,
				(this.delegatedPowers == null || this.delegatedPowers.isBlank()) ? null : this.delegatedPowers.strip(),
				this.pbcAssessment);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public Integer getQuorumMinPresent() {
		return this.quorumMinPresent;
	}

	public void setQuorumMinPresent(Integer quorumMinPresent) {
		this.quorumMinPresent = quorumMinPresent;
	}

	public Integer getQuorumMinClinical() {
		return this.quorumMinClinical;
	}

	public void setQuorumMinClinical(Integer quorumMinClinical) {
		this.quorumMinClinical = quorumMinClinical;
	}

	public boolean isQuorumChairRequired() {
		return this.quorumChairRequired;
	}

	public void setQuorumChairRequired(boolean quorumChairRequired) {
		this.quorumChairRequired = quorumChairRequired;
	}

	public Long getReportsToId() {
		return this.reportsToId;
	}

	public void setReportsToId(Long reportsToId) {
		this.reportsToId = reportsToId;
	}

	public org.pecgov.committee.CommitteeMode getMode() {
		return this.mode;
	}

	public void setMode(org.pecgov.committee.CommitteeMode mode) {
		this.mode = mode;
	}

	public String getDelegatedPowers() {
		return this.delegatedPowers;
	}

	public void setDelegatedPowers(String delegatedPowers) {
		this.delegatedPowers = delegatedPowers;
	}

	public boolean isPbcAssessment() {
		return this.pbcAssessment;
	}

	public void setPbcAssessment(boolean pbcAssessment) {
		this.pbcAssessment = pbcAssessment;
	}

}
