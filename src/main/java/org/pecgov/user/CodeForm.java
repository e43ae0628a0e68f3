package org.pecgov.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A code from an authenticator app, or a recovery code.
 */
public class CodeForm {

	@NotBlank(message = "{twoFactor.code.required}")
	@Size(max = 20, message = "{twoFactor.code.wrong}")
	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
