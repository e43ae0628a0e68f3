package org.pecgov.appraisal.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Training being recorded.
 */
public class TrainingForm {

	@NotNull
	private Long personId;

	@NotBlank
	@Size(max = 300)
	private String course;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate attendedOn;

	@Size(max = 200)
	private String provider;

	@NotNull
	@DecimalMin(value = "0.5")
	@DecimalMax(value = "500")
	@Digits(integer = 3, fraction = 1)
	private BigDecimal hours;

	@NotNull
	private Boolean joint;

	private Long pdpItemId;

	TrainingDetails toDetails() {
		return new TrainingDetails(this.course, this.attendedOn, this.provider, this.hours,
				Boolean.TRUE.equals(this.joint), this.pdpItemId);
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getCourse() {
		return this.course;
	}

	public void setCourse(String course) {
		this.course = course;
	}

	public LocalDate getAttendedOn() {
		return this.attendedOn;
	}

	public void setAttendedOn(LocalDate attendedOn) {
		this.attendedOn = attendedOn;
	}

	public String getProvider() {
		return this.provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public void setHours(BigDecimal hours) {
		this.hours = hours;
	}

	public Boolean getJoint() {
		return this.joint;
	}

	public void setJoint(Boolean joint) {
		this.joint = joint;
	}

	public Long getPdpItemId() {
		return this.pdpItemId;
	}

	public void setPdpItemId(Long pdpItemId) {
		this.pdpItemId = pdpItemId;
	}

}
