package org.pecgov.remuneration;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * New rates of pay being recorded.
 */
public class RateForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	@NotNull
	@DecimalMin(value = "0.01")
	@DecimalMax(value = "10000000")
	@Digits(integer = 8, fraction = 2)
	private BigDecimal ceoSalary;

	@NotNull
	@DecimalMin(value = "0.01")
	@DecimalMax(value = "100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal chairPercent = new BigDecimal("95");

	@NotNull
	@DecimalMin(value = "0.01")
	@DecimalMax(value = "100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal memberPercent = new BigDecimal("80");

	@NotNull
	@DecimalMin(value = "0")
	@DecimalMax(value = "1000000")
	@Digits(integer = 7, fraction = 2)
	private BigDecimal backfillPerDay;

	/**
	 * A form for new rates, filled with those in force so that an uplift changes only what changes; empty but
	 * for the guidance's rates when none are set.
	 * @param current the rates in force, or null
	 * @return the form
	 */
	static RateForm from(RemunerationRate current) {
		RateForm form = new RateForm();
		if (current != null) {
			form.ceoSalary = current.getCeoSalary();
			form.chairPercent = current.getChairPercent();
			form.memberPercent = current.getMemberPercent();
			form.backfillPerDay = current.getBackfillPerDay();
		}
		return form;
	}

	RateDetails toDetails() {
		return new RateDetails(this.effectiveFrom, this.ceoSalary, this.chairPercent, this.memberPercent,
				this.backfillPerDay);
	}

	public LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

	public BigDecimal getCeoSalary() {
		return this.ceoSalary;
	}

	public void setCeoSalary(BigDecimal ceoSalary) {
		this.ceoSalary = ceoSalary;
	}

	public BigDecimal getChairPercent() {
		return this.chairPercent;
	}

	public void setChairPercent(BigDecimal chairPercent) {
		this.chairPercent = chairPercent;
	}

	public BigDecimal getMemberPercent() {
		return this.memberPercent;
	}

	public void setMemberPercent(BigDecimal memberPercent) {
		this.memberPercent = memberPercent;
	}

	public BigDecimal getBackfillPerDay() {
		return this.backfillPerDay;
	}

	public void setBackfillPerDay(BigDecimal backfillPerDay) {
		this.backfillPerDay = backfillPerDay;
	}

}
