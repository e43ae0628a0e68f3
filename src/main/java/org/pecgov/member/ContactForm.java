package org.pecgov.member;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member's own contact details.
 */
public class ContactForm {

	private Long version;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@Pattern(regexp = PersonForm.PHONE)
	private String phone;

	public static ContactForm from(Person person) {
		ContactForm form = new ContactForm();
		form.version = person.getVersion();
		form.email = person.getEmail();
		form.phone = person.getPhone();
		return form;
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

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
