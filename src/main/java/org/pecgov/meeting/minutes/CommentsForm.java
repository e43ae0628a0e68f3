package org.pecgov.meeting.minutes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The chair's comments on draft minutes.
 */
public class CommentsForm {

	@NotBlank
	@Size(max = 4000)
	private String comments;

	private Long version;

	public String getComments() {
		return this.comments;
	}

	public void setComments(String comments) {
		this.comments = comments;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
