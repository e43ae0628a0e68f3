package org.pecgov.interest;

/**
 * What a reviewer writes on a declaration: the public wording to publish, or a note to the declarant or the
 * guardian. Each of the review page's forms sends its own fields.
 */
public class ReviewForm {

	private Long version;

	@jakarta.validation.constraints.Size(max = 2000)

	private String publicDescription;

	@jakarta.validation.constraints.Size(max = 2000)

	private String publicActions;

	@jakarta.validation.constraints.Size(max = 2000)

	private String changeNote;

	@jakarta.validation.constraints.Size(max = 2000)

	private String guardianNote;

	static ReviewForm of(Declaration declaration) {
		ReviewForm form = new ReviewForm();
		form.version = declaration.getVersion();
		form.publicDescription = declaration.getDescription();
		form.publicActions = declaration.getActions();
		return form;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getPublicDescription() {
		return this.publicDescription;
	}

	public void setPublicDescription(String publicDescription) {
		this.publicDescription = publicDescription;
	}

	public String getPublicActions() {
		return this.publicActions;
	}

	public void setPublicActions(String publicActions) {
		this.publicActions = publicActions;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	public String getGuardianNote() {
		return this.guardianNote;
	}

	public void setGuardianNote(String guardianNote) {
		this.guardianNote = guardianNote;
	}

}
