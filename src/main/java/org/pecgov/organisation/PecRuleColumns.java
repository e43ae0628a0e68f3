package org.pecgov.organisation;

import java.math.BigDecimal;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The columns of a PCT's settings that hold the PEC's rules once fixed in code ({@link PecRules}): who counts as
 * clinical, the medical director and the Board, days a week, the chair's rate, core management posts, panel size
 * and the intervals of appraisals and reviews.
 */
@Embeddable
class PecRuleColumns {

	@Column(name = "dph_clinical", nullable = false)
	private boolean dphClinical;

	@Column(name = "medical_director_not_chair", nullable = false)
	private boolean medicalDirectorNotChair = true;

	@Column(name = "board_other_profession", nullable = false)
	private boolean boardOtherProfession = true;

	@Column(name = "board_gp", nullable = false)
	private boolean boardGp = true;

	@Column(name = "chair_rate_not_below", nullable = false)
	private boolean chairRateNotBelow = true;

	@Column(name = "chair_days_min", nullable = false, precision = 2, scale = 1)
	private BigDecimal chairDaysMin = new BigDecimal("2.5");

	@Column(name = "chair_days_max", nullable = false, precision = 2, scale = 1)
	private BigDecimal chairDaysMax = new BigDecimal("4");

	@Column(name = "member_days_min", nullable = false, precision = 2, scale = 1)
	private BigDecimal memberDaysMin = new BigDecimal("0.5");

	@Column(name = "member_days_max", nullable = false, precision = 2, scale = 1)
	private BigDecimal memberDaysMax = new BigDecimal("2");

	/** Kinds of post (their names), comma-separated. */
	@Column(name = "core_management", nullable = false)
	private String coreManagement = PctSettings.DEFAULT_CORE_MANAGEMENT;

	@Column(name = "panel_min", nullable = false)
	private int panelMin = 3;

	@Column(name = "panel_max", nullable = false)
	private int panelMax = 4;

	@Column(name = "appraisal_interval_months", nullable = false)
	private int appraisalIntervalMonths = 12;

	@Column(name = "review_interval_months", nullable = false)
	private int reviewIntervalMonths = 3;

	/**
	 * The rules.
	 * @return them
	 */
	PecRules rules() {
		List<String> core = (this.coreManagement == null || this.coreManagement.isBlank()) ? List.of()
				: List.of(this.coreManagement.split(","));
		return new PecRules(this.dphClinical, this.medicalDirectorNotChair, this.boardOtherProfession, this.boardGp,
				this.chairRateNotBelow, this.chairDaysMin, this.chairDaysMax, this.memberDaysMin, this.memberDaysMax, core,
				this.panelMin, this.panelMax, this.appraisalIntervalMonths, this.reviewIntervalMonths);
	}

	/**
	 * Sets the rules.
	 * @param rules the rules
	 */
	void set(PecRules rules) {
		this.dphClinical = rules.dphClinical();
		this.medicalDirectorNotChair = rules.medicalDirectorNotChair();
		this.boardOtherProfession = rules.boardOtherProfession();
		this.boardGp = rules.boardGp();
		this.chairRateNotBelow = rules.chairRateNotBelow();
		this.chairDaysMin = rules.chairDaysMin();
		this.chairDaysMax = rules.chairDaysMax();
		this.memberDaysMin = rules.memberDaysMin();
		this.memberDaysMax = rules.memberDaysMax();
		this.coreManagement = String.join(",", rules.coreManagement());
		this.panelMin = rules.panelMin();
		this.panelMax = rules.panelMax();
		this.appraisalIntervalMonths = rules.appraisalIntervalMonths();
		this.reviewIntervalMonths = rules.reviewIntervalMonths();
	}

}
