package org.pecgov.meeting.minutes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The Board's decision on a recommendation.
 */
public class OutcomeForm {

	@NotNull
	private RecommendationStatus outcome;

	@Size(max = 2000)
	private String decision;

	private Long version;

	static OutcomeForm of(Recommendation recommendation) {
		OutcomeForm form = new OutcomeForm();
		form.outcome = recommendation.getStatus().isDecided() ? recommendation.getStatus() : null;
		form.decision = recommendation.getBoardDecision();
		form.version = recommendation.getVersion();
		return form;
	}

	public RecommendationStatus getOutcome() {
		return this.outcome;
	}

	public void setOutcome(RecommendationStatus outcome) {
		this.outcome = outcome;
	}

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
