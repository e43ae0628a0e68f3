package org.pecgov.organisation;

import java.math.BigDecimal;
import java.time.MonthDay;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * The rules a PCT applies to its PEC. Defaults come from the guidance; every one is the PCT's choice.
 */
@Entity
@Table(name = "pct_settings")
public class PctSettings extends BaseEntity implements OrganisationOwned {

	/** The guidance's lines: the PCT chair appraises the PEC chair, the PEC chair its clinical, co-opted and deputy members. */
	public static final String DEFAULT_APPRAISERS = "CHAIR=PCT_CHAIR,DEPUTY_CHAIR=PEC_CHAIR,CLINICAL_MEMBER=PEC_CHAIR,"
			+ "CO_OPTED_MEMBER=PEC_CHAIR";

	/** The core management posts of the guidance (§4.1): chief executive, director of finance, director of public health. */
	public static final String DEFAULT_CORE_MANAGEMENT = "CHIEF_EXECUTIVE,DIRECTOR_OF_FINANCE,DIRECTOR_OF_PUBLIC_HEALTH";


	/** The PEC's name until the PCT renames it (on the committee's page), e.g. to "Clinical Executive". */
	public static final String DEFAULT_PEC_NAME = "Professional Executive Committee";

	/** The attendance, in per cent of meetings, a member's term is renewed with unless a reason is given. */
	public static final int DEFAULT_ATTENDANCE_THRESHOLD = 75;

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	/** The limits of the PEC's make-up and of its terms. */
	@Embedded
	private CompositionColumns composition = new CompositionColumns();

	@Column(name = "attendance_threshold", nullable = false)
	private int attendanceThreshold = DEFAULT_ATTENDANCE_THRESHOLD;

	/** An agenda longer than this many minutes is said to be too long. */
	@Column(name = "agenda_limit_minutes", nullable = false)
	private int agendaLimitMinutes = 180;

	/** The PEC's rules that were once fixed in code. */
	@Embedded
	private PecRuleColumns pecRules = new PecRuleColumns();

	/** When an administrator last saved these settings; null while they are the defaults the PCT was given. */
	@Column(name = "reviewed_at")
	private java.time.Instant reviewedAt;

	/** The declaration round's dates and the gift and hospitality thresholds. */
	@Embedded
	private DeclarationColumns declarations = new DeclarationColumns();

	/** Who appraises the holder of each kind of post. */
	@Embedded
	private AppraisalLineColumns appraisers = new AppraisalLineColumns();

	/** What the PCT asks of its users' sign-in. */
	@Embedded
	private SignInColumns signIn = new SignInColumns();

	protected PctSettings() {
	}

	public static PctSettings defaultsFor(Long organisationId) {
		PctSettings settings = new PctSettings();
		settings.organisationId = organisationId;
		return settings;
	}

	/**
	 * Sets every rule at once.
	 * @param values the new rules
	 */
	public void apply(PctSettings values) {
		this.composition.set(values.composition);
		this.declarations.set(values.declarations);
		this.signIn.set(values.signIn);
		this.attendanceThreshold = values.attendanceThreshold;
		this.agendaLimitMinutes = values.agendaLimitMinutes;
		this.pecRules.set(values.pecRules.rules());
		this.appraisers.set(values.appraisers.lines());
	}

	/**
	 * Sets the PEC's rules that were once fixed: who counts as clinical, the medical director and the Board,
	 * days a week, the chair's rate, core management posts, panel size and the appraisal interval.
	 * @param rules the rules
	 */
	public void setPecRules(PecRules rules) {
		this.pecRules.set(rules);
	}

	/**
	 * Sets who appraises the holder of each kind of post.
	 * @param lines the line of each kind of post (names of kinds); kinds left out are appraised by nobody
	 */
	public void setAppraisers(java.util.Map<String, AppraisalLine> lines) {
		this.appraisers.set(lines);
	}

	/**
	 * Who appraises the holder of each kind of post.
	 * @param postKind the kind of post (its name)
	 * @return the line, nobody when the PCT named none
	 */
	public AppraisalLine appraiserOf(String postKind) {
		return getAppraisers().getOrDefault(postKind, AppraisalLine.NOBODY);
	}

	/**
	 * Who appraises the holder of each kind of post.
	 * @return the lines by kind of post (names); kinds not there are appraised by nobody
	 */
	public java.util.Map<String, AppraisalLine> getAppraisers() {
		return this.appraisers.lines();
	}

	/**
	 * The PEC's rules that were once fixed in code.
	 * @return them
	 */
	public PecRules getPecRules() {
		return this.pecRules.rules();
	}

	/**
	 * The core management posts the PEC must have.
	 * @return names of kinds of post
	 */
	public java.util.List<String> getCoreManagement() {
		return getPecRules().coreManagement();
	}

	public boolean isDphClinical() {
		return getPecRules().dphClinical();
	}

	public int getPanelMin() {
		return getPecRules().panelMin();
	}

	public int getPanelMax() {
		return getPecRules().panelMax();
	}

	public int getAppraisalIntervalMonths() {
		return getPecRules().appraisalIntervalMonths();
	}

	public int getReviewIntervalMonths() {
		return getPecRules().reviewIntervalMonths();
	}

	public java.time.Instant getReviewedAt() {
		return this.reviewedAt;
	}

	void markReviewed(java.time.Instant at) {
		this.reviewedAt = at;
	}

	/**
	 * Sets the attendance below which a renewal needs a reason.
	 * @param percent of meetings, 0 to 100
	 */
	public void setAttendanceThreshold(int percent) {
		this.attendanceThreshold = percent;
	}

	public int getAgendaLimitMinutes() {
		return this.agendaLimitMinutes;
	}

	public void setAgendaLimitMinutes(int minutes) {
		this.agendaLimitMinutes = minutes;
	}

	public int getAttendanceThreshold() {
		return this.attendanceThreshold;
	}

	public void setGiftThresholds(BigDecimal giftDeclareOver, BigDecimal hospitalityDeclareOver,
			BigDecimal hospitalityApprovalOver) {
		this.declarations.setGiftThresholds(giftDeclareOver, hospitalityDeclareOver, hospitalityApprovalOver);
	}

	/**
	 * Whether a new or changed declaration waits in the review queue before it is published.
	 * @return true unless the PCT publishes declarations as they are made
	 */
	public boolean isReviewDeclarations() {
		return this.declarations.isReviewDeclarations();
	}

	public void setReviewDeclarations(boolean reviewDeclarations) {
		this.declarations.setReviewDeclarations(reviewDeclarations);
	}

	/**
	 * Whether every user of the PCT needs a second factor (administrators always do).
	 * @return true if the PCT asks it of all
	 */
	public boolean isRequireSecondFactor() {
		return this.signIn.isRequireSecondFactor();
	}

	public void setRequireSecondFactor(boolean requireSecondFactor) {
		this.signIn.setRequireSecondFactor(requireSecondFactor);
	}

	/**
	 * Whether the PCT's users must sign in through single sign-on (their passwords are refused).
	 * @return true if so
	 */
	public boolean isRequireSingleSignOn() {
		return this.signIn.isRequireSingleSignOn();
	}

	public void setRequireSingleSignOn(boolean requireSingleSignOn) {
		this.signIn.setRequireSingleSignOn(requireSingleSignOn);
	}

	public BigDecimal getGiftDeclareOver() {
		return this.declarations.getGiftDeclareOver();
	}

	public BigDecimal getHospitalityDeclareOver() {
		return this.declarations.getHospitalityDeclareOver();
	}

	public BigDecimal getHospitalityApprovalOver() {
		return this.declarations.getHospitalityApprovalOver();
	}

	/**
	 * Rules as values, for a form or a test; never saved itself.
	 * @return a detached copy to fill in
	 */
	public static PctSettings values(int minClinical, int maxClinical, int minProfessions, int minGps,
			BigDecimal minPatientDays, int minLocalAuthority, int maxLocalAuthority, int minBoardClinical,
			int maxBoardClinical, int minTermMonths, int maxTermMonths, boolean openEndedTerms,
			int staggerWindowMonths) {
		PctSettings v = new PctSettings();
		v.composition = new CompositionColumns(minClinical, maxClinical, minProfessions, minGps, minPatientDays,
				minLocalAuthority, maxLocalAuthority, minBoardClinical, maxBoardClinical, minTermMonths, maxTermMonths,
				openEndedTerms, staggerWindowMonths);
		return v;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public int getMinClinical() {
		return this.composition.minClinical;
	}

	public int getMaxClinical() {
		return this.composition.maxClinical;
	}

	public int getMinProfessions() {
		return this.composition.minProfessions;
	}

	public int getMinGps() {
		return this.composition.minGps;
	}

	public BigDecimal getMinPatientDays() {
		return this.composition.minPatientDays;
	}

	public int getMinLocalAuthority() {
		return this.composition.minLocalAuthority;
	}

	public int getMaxLocalAuthority() {
		return this.composition.maxLocalAuthority;
	}

	public int getMinBoardClinical() {
		return this.composition.minBoardClinical;
	}

	public int getMaxBoardClinical() {
		return this.composition.maxBoardClinical;
	}

	public int getMinTermMonths() {
		return this.composition.minTermMonths;
	}

	public int getMaxTermMonths() {
		return this.composition.maxTermMonths;
	}

	public boolean isOpenEndedTerms() {
		return this.composition.openEndedTerms;
	}

	public int getStaggerWindowMonths() {
		return this.composition.staggerWindowMonths;
	}

	/**
	 * The first day of each year's round of declarations.
	 * @return e.g. 1 April
	 */
	public MonthDay getRoundOpens() {
		return this.declarations.getRoundOpens();
	}

	/**
	 * The last day of each year's round of declarations.
	 * @return e.g. 30 June
	 */
	public MonthDay getRoundCloses() {
		return this.declarations.getRoundCloses();
	}

	public void setRound(MonthDay opens, MonthDay closes) {
		this.declarations.setRound(opens, closes);
	}

}
