package org.pecgov.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Forgot your password?": the email address of the account.
 */
public class ForgotForm {

	@NotBlank(message = "{forgot.email.required}")
	@Email(message = "{forgot.email.invalid}")
	@Size(max = 254, message = "{forgot.email.invalid}")
	private String email;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
