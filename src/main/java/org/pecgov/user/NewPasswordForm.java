package org.pecgov.user;

import jakarta.validation.constraints.NotBlank;

/**
 * A password chosen through an emailed link.
 */
public class NewPasswordForm {

	@NotBlank(message = "{setPassword.new.required}")
	private String newPassword;

	@NotBlank(message = "{setPassword.confirm.required}")
	private String confirmPassword;

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
