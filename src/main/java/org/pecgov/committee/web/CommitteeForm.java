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
		return form;
	}

	CommitteeDetails toDetails() {
		return new CommitteeDetails(this.name.strip(), this.purpose, this.quorumMinPresent, this.quorumMinClinical,
				this.quorumChairRequired);
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

}
