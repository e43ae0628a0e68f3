package org.pecgov.organisation;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The settings form's fields on the PEC's make-up, terms, attendance and agendas (part of {@link SettingsForm}).
 */
public abstract class CompositionSettingsFields {

	@NotNull
	@Min(0)
	@Max(50)
	protected Integer minClinical;

	@NotNull
	@Min(0)
	@Max(50)
	protected Integer maxClinical;

	@NotNull
	@Min(0)
	@Max(20)
	protected Integer minProfessions;

	@NotNull
	@Min(0)
	@Max(50)
	protected Integer minGps;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	protected BigDecimal minPatientDays;

	@NotNull
	@Min(0)
	@Max(10)
	protected Integer minLocalAuthority;

	@NotNull
	@Min(0)
	@Max(10)
	protected Integer maxLocalAuthority;

	@NotNull
	@Min(0)
	@Max(10)
	protected Integer minBoardClinical;

	@NotNull
	@Min(0)
	@Max(10)
	protected Integer maxBoardClinical;

	@NotNull
	@Min(1)
	@Max(240)
	protected Integer minTermMonths;

	@NotNull
	@Min(1)
	@Max(240)
	protected Integer maxTermMonths;

	protected boolean openEndedTerms;

	@NotNull
	@Min(1)
	@Max(24)
	protected Integer staggerWindowMonths;

	@NotNull
	@Min(0)
	@Max(100)
	protected Integer attendanceThreshold;

	@NotNull
	@Min(30)
	@Max(720)
	protected Integer agendaLimitMinutes;

	public Integer getMinClinical() {
		return this.minClinical;
	}

	public void setMinClinical(Integer minClinical) {
		this.minClinical = minClinical;
	}

	public Integer getMaxClinical() {
		return this.maxClinical;
	}

	public void setMaxClinical(Integer maxClinical) {
		this.maxClinical = maxClinical;
	}

	public Integer getMinProfessions() {
		return this.minProfessions;
	}

	public void setMinProfessions(Integer minProfessions) {
		this.minProfessions = minProfessions;
	}

	public Integer getMinGps() {
		return this.minGps;
	}

	public void setMinGps(Integer minGps) {
		this.minGps = minGps;
	}

	public BigDecimal getMinPatientDays() {
		return this.minPatientDays;
	}

	public void setMinPatientDays(BigDecimal minPatientDays) {
		this.minPatientDays = minPatientDays;
	}

	public Integer getMinLocalAuthority() {
		return this.minLocalAuthority;
	}

	public void setMinLocalAuthority(Integer minLocalAuthority) {
		this.minLocalAuthority = minLocalAuthority;
	}

	public Integer getMaxLocalAuthority() {
		return this.maxLocalAuthority;
	}

	public void setMaxLocalAuthority(Integer maxLocalAuthority) {
		this.maxLocalAuthority = maxLocalAuthority;
	}

	public Integer getMinBoardClinical() {
		return this.minBoardClinical;
	}

	public void setMinBoardClinical(Integer minBoardClinical) {
		this.minBoardClinical = minBoardClinical;
	}

	public Integer getMaxBoardClinical() {
		return this.maxBoardClinical;
	}

	public void setMaxBoardClinical(Integer maxBoardClinical) {
		this.maxBoardClinical = maxBoardClinical;
	}

	public Integer getMinTermMonths() {
		return this.minTermMonths;
	}

	public void setMinTermMonths(Integer minTermMonths) {
		this.minTermMonths = minTermMonths;
	}

	public Integer getMaxTermMonths() {
		return this.maxTermMonths;
	}

	public void setMaxTermMonths(Integer maxTermMonths) {
		this.maxTermMonths = maxTermMonths;
	}

	public boolean isOpenEndedTerms() {
		return this.openEndedTerms;
	}

	public void setOpenEndedTerms(boolean openEndedTerms) {
		this.openEndedTerms = openEndedTerms;
	}

	public Integer getAgendaLimitMinutes() {
		return this.agendaLimitMinutes;
	}

	public void setAgendaLimitMinutes(Integer agendaLimitMinutes) {
		this.agendaLimitMinutes = agendaLimitMinutes;
	}

	public Integer getAttendanceThreshold() {
		return this.attendanceThreshold;
	}

	public void setAttendanceThreshold(Integer attendanceThreshold) {
		this.attendanceThreshold = attendanceThreshold;
	}

	public Integer getStaggerWindowMonths() {
		return this.staggerWindowMonths;
	}

	public void setStaggerWindowMonths(Integer staggerWindowMonths) {
		this.staggerWindowMonths = staggerWindowMonths;
	}

}
