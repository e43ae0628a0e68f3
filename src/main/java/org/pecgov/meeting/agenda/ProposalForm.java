package org.pecgov.meeting.agenda;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An item proposed for a coming meeting.
 */
public class ProposalForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@NotNull
	private ItemPurpose purpose;

	@Size(max = 2000)
	private String reason;

	@Min(1)
	@Max(600)
	private Integer minutes;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ItemPurpose getPurpose() {
		return this.purpose;
	}

	public void setPurpose(ItemPurpose purpose) {
		this.purpose = purpose;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Integer getMinutes() {
		return this.minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

}
