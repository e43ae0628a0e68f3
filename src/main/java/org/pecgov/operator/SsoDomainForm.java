package org.pecgov.operator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An email domain the operator allows for a PCT's single sign-on accounts.
 */
public class SsoDomainForm {

	@NotBlank(message = "{sso.domain.required}")
	@Size(max = 253, message = "{sso.domain.invalid}")
	private String domain;

	public String getDomain() {
		return this.domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

}
