package org.pecgov.competency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A competency added or renamed.
 */
public class CompetencyForm {

	private Long version;

	@NotNull
	private CompetencyFamily family;

	@NotBlank
	@Size(max = 300)
	private String name;

	public static CompetencyForm from(Competency competency) {
		CompetencyForm form = new CompetencyForm();
		form.version = competency.getVersion();
		form.family = competency.getFamily();
		form.name = competency.getName();
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public CompetencyFamily getFamily() {
		return this.family;
	}

	public void setFamily(CompetencyFamily family) {
		this.family = family;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
