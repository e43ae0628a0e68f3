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
 * The settings form's fields on the declaration round, gifts and hospitality, and signing in (part of {@link SettingsForm}).
 */
public abstract class DeclarationSettingsFields extends CompositionSettingsFields {

	@NotNull
	@Pattern(regexp = SettingsForm.DAY_MONTH)
	protected String roundOpens;

	@NotNull
	@Pattern(regexp = SettingsForm.DAY_MONTH)
	protected String roundCloses;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100000")
	protected BigDecimal giftDeclareOver;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100000")
	protected BigDecimal hospitalityDeclareOver;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100000")
	protected BigDecimal hospitalityApprovalOver;

	protected boolean reviewDeclarations;

	protected boolean requireSecondFactor;

	protected boolean requireSingleSignOn;

	public BigDecimal getGiftDeclareOver() {
		return this.giftDeclareOver;
	}

	public void setGiftDeclareOver(BigDecimal giftDeclareOver) {
		this.giftDeclareOver = giftDeclareOver;
	}

	public BigDecimal getHospitalityDeclareOver() {
		return this.hospitalityDeclareOver;
	}

	public void setHospitalityDeclareOver(BigDecimal hospitalityDeclareOver) {
		this.hospitalityDeclareOver = hospitalityDeclareOver;
	}

	public BigDecimal getHospitalityApprovalOver() {
		return this.hospitalityApprovalOver;
	}

	public void setHospitalityApprovalOver(BigDecimal hospitalityApprovalOver) {
		this.hospitalityApprovalOver = hospitalityApprovalOver;
	}

	public String getRoundOpens() {
		return this.roundOpens;
	}

	public void setRoundOpens(String roundOpens) {
		this.roundOpens = roundOpens;
	}

	public String getRoundCloses() {
		return this.roundCloses;
	}

	public void setRoundCloses(String roundCloses) {
		this.roundCloses = roundCloses;
	}

	public boolean isReviewDeclarations() {
		return this.reviewDeclarations;
	}

	public void setReviewDeclarations(boolean reviewDeclarations) {
		this.reviewDeclarations = reviewDeclarations;
	}

	public boolean isRequireSecondFactor() {
		return this.requireSecondFactor;
	}

	public void setRequireSecondFactor(boolean requireSecondFactor) {
		this.requireSecondFactor = requireSecondFactor;
	}

	public boolean isRequireSingleSignOn() {
		return this.requireSingleSignOn;
	}

	public void setRequireSingleSignOn(boolean requireSingleSignOn) {
		this.requireSingleSignOn = requireSingleSignOn;
	}

}
