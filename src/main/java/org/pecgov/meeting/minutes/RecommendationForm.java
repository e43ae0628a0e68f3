package org.pecgov.meeting.minutes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What is recommended to the Board.
 */
public class RecommendationForm {

	@NotBlank
	@Size(max = 2000)
	private String text;

	private Long version;

	static RecommendationForm of(Recommendation recommendation) {
		RecommendationForm form = new RecommendationForm();
		form.text = recommendation.getText();
		form.version = recommendation.getVersion();
		return form;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
