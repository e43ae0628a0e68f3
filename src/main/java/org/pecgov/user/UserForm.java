package org.pecgov.user;

import org.pecgov.security.Role;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A PCT administrator adds or edits a user.
 */
public class UserForm {

	private Long version;

	@NotBlank(groups = OnCreate.class)
	@Email(groups = OnCreate.class)
	@Size(max = 254, groups = OnCreate.class)
	private String email;

	@NotBlank
	@Size(max = 200)
	private String displayName;

	@NotNull
	private Role role;

	private Long personId;

	private boolean enabled = true;

	private boolean guardian;

	/** The email is chosen once, when the user is created. */
	interface OnCreate {

	}

	public static UserForm from(AppUser user) {
		UserForm form = new UserForm();
		form.version = user.getVersion();
		form.email = user.getEmail();
		form.displayName = user.getDisplayName();
		form.role = user.getRole();
		form.personId = user.getPersonId();
		form.enabled = user.isEnabled();
		form.guardian = user.isGuardian();
		return form;
	}

	UserService.UserCommand toCommand() {
		return new UserService.UserCommand(this.email, this.displayName, this.role, this.personId, this.enabled,
				this.guardian);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}


	public boolean isGuardian() {
		return this.guardian;
	}

	public void setGuardian(boolean guardian) {
		this.guardian = guardian;
	}

}
