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
 * The settings form's fields on the PEC's rules, remuneration, panels and appraisal lines (part of {@link SettingsForm}).
 */
public abstract class PecRuleSettingsFields extends DeclarationSettingsFields {

	protected boolean dphClinical;

	protected boolean medicalDirectorNotChair;

	protected boolean boardOtherProfession;

	protected boolean boardGp;

	protected boolean chairRateNotBelow;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	protected BigDecimal chairDaysMin;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	protected BigDecimal chairDaysMax;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	protected BigDecimal memberDaysMin;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	protected BigDecimal memberDaysMax;

	protected List<String> coreManagement = new ArrayList<>();

	@NotNull
	@Min(1)
	@Max(10)
	protected Integer panelMin;

	@NotNull
	@Min(1)
	@Max(10)
	protected Integer panelMax;

	@NotNull
	@Min(1)
	@Max(36)
	protected Integer appraisalIntervalMonths;

	@NotNull
	@Min(1)
	@Max(12)
	protected Integer reviewIntervalMonths;

	protected Map<String, AppraisalLine> appraisers = new LinkedHashMap<>();

	public boolean isDphClinical() {
		return this.dphClinical;
	}

	public void setDphClinical(boolean dphClinical) {
		this.dphClinical = dphClinical;
	}

	public boolean isMedicalDirectorNotChair() {
		return this.medicalDirectorNotChair;
	}

	public void setMedicalDirectorNotChair(boolean medicalDirectorNotChair) {
		this.medicalDirectorNotChair = medicalDirectorNotChair;
	}

	public boolean isBoardOtherProfession() {
		return this.boardOtherProfession;
	}

	public void setBoardOtherProfession(boolean boardOtherProfession) {
		this.boardOtherProfession = boardOtherProfession;
	}

	public boolean isBoardGp() {
		return this.boardGp;
	}

	public void setBoardGp(boolean boardGp) {
		this.boardGp = boardGp;
	}

	public boolean isChairRateNotBelow() {
		return this.chairRateNotBelow;
	}

	public void setChairRateNotBelow(boolean chairRateNotBelow) {
		this.chairRateNotBelow = chairRateNotBelow;
	}

	public BigDecimal getChairDaysMin() {
		return this.chairDaysMin;
	}

	public void setChairDaysMin(BigDecimal chairDaysMin) {
		this.chairDaysMin = chairDaysMin;
	}

	public BigDecimal getChairDaysMax() {
		return this.chairDaysMax;
	}

	public void setChairDaysMax(BigDecimal chairDaysMax) {
		this.chairDaysMax = chairDaysMax;
	}

	public BigDecimal getMemberDaysMin() {
		return this.memberDaysMin;
	}

	public void setMemberDaysMin(BigDecimal memberDaysMin) {
		this.memberDaysMin = memberDaysMin;
	}

	public BigDecimal getMemberDaysMax() {
		return this.memberDaysMax;
	}

	public void setMemberDaysMax(BigDecimal memberDaysMax) {
		this.memberDaysMax = memberDaysMax;
	}

	public List<String> getCoreManagement() {
		return this.coreManagement;
	}

	public void setCoreManagement(List<String> coreManagement) {
		this.coreManagement = (coreManagement != null) ? coreManagement : new ArrayList<>();
	}

	public Integer getPanelMin() {
		return this.panelMin;
	}

	public void setPanelMin(Integer panelMin) {
		this.panelMin = panelMin;
	}

	public Integer getPanelMax() {
		return this.panelMax;
	}

	public void setPanelMax(Integer panelMax) {
		this.panelMax = panelMax;
	}

	public Integer getAppraisalIntervalMonths() {
		return this.appraisalIntervalMonths;
	}

	public void setAppraisalIntervalMonths(Integer appraisalIntervalMonths) {
		this.appraisalIntervalMonths = appraisalIntervalMonths;
	}

	public Integer getReviewIntervalMonths() {
		return this.reviewIntervalMonths;
	}

	public void setReviewIntervalMonths(Integer reviewIntervalMonths) {
		this.reviewIntervalMonths = reviewIntervalMonths;
	}

	public Map<String, AppraisalLine> getAppraisers() {
		return this.appraisers;
	}

	public void setAppraisers(Map<String, AppraisalLine> appraisers) {
		this.appraisers = (appraisers != null) ? appraisers : new LinkedHashMap<>();
	}

}
