package org.pecgov.meeting.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a proposed item is declined: the proposer reads it.
 */
public class DeclineForm {

	@NotBlank
	@Size(max = 1000)
	private String because;

	private Long version;

	public String getBecause() {
		return this.because;
	}

	public void setBecause(String because) {
		this.because = because;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
