package org.pecgov.interest.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An organisation of the directory.
 */
public class DirectoryForm {

	private Long version;

	@NotNull
	private DirectoryType type;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 20)
	private String code;

	public static DirectoryForm from(DirectoryOrganisation o) {
		DirectoryForm form = new DirectoryForm();
		form.version = o.getVersion();
		form.type = o.getType();
		form.name = o.getName();
		form.code = o.getCode();
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public DirectoryType getType() {
		return this.type;
	}

	public void setType(DirectoryType type) {
		this.type = type;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
