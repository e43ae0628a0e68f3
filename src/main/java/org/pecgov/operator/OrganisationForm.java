package org.pecgov.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new SHA or PCT.
 */
public class OrganisationForm {

	/** First, as on the page (the error summary follows the order of the fields). */
	private Long shaId;

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9]{2,10}")
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getShaId() {
		return this.shaId;
	}

	public void setShaId(Long shaId) {
		this.shaId = shaId;
	}

}
