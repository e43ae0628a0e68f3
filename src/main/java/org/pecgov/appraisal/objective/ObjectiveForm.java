package org.pecgov.appraisal.objective;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An objective being set.
 */
public class ObjectiveForm {

	@NotBlank
	@Size(max = 200)
	private String leadArea;

	@NotBlank
	@Size(max = 1000)
	private String objective;

	@Size(max = 1000)
	private String measure;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	public String getLeadArea() {
		return this.leadArea;
	}

	public void setLeadArea(String leadArea) {
		this.leadArea = leadArea;
	}

	public String getObjective() {
		return this.objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

	public String getMeasure() {
		return this.measure;
	}

	public void setMeasure(String measure) {
		this.measure = measure;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	private org.pecgov.committee.PecFunction function;

	public org.pecgov.committee.PecFunction getFunction() {
		return this.function;
	}

	public void setFunction(org.pecgov.committee.PecFunction function) {
		this.function = function;
	}

}
