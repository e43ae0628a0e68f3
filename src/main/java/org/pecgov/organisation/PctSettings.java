package org.pecgov.organisation;

import java.math.BigDecimal;
import java.time.MonthDay;

import jakarta.persistence.Column;
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

	@Column(name = "min_clinical")
	private int minClinical = 4;

	@Column(name = "max_clinical")
	private int maxClinical = 8;

	@Column(name = "min_professions")
	private int minProfessions = 2;

	@Column(name = "min_gps")
	private int minGps = 1;

	@Column(name = "min_patient_days", precision = 2, scale = 1)
	private BigDecimal minPatientDays = BigDecimal.ONE;

	@Column(name = "min_local_authority")
	private int minLocalAuthority = 1;

	@Column(name = "max_local_authority")
	private int maxLocalAuthority = 2;

	@Column(name = "min_board_clinical")
	private int minBoardClinical = 1;

	@Column(name = "max_board_clinical")
	private int maxBoardClinical = 2;

	@Column(name = "min_term_months")
	private int minTermMonths = 24;

	@Column(name = "max_term_months")
	private int maxTermMonths = 48;

	@Column(name = "open_ended_terms")
	private boolean openEndedTerms;

	@Column(name = "stagger_window_months")
	private int staggerWindowMonths = 6;

	@Column(name = "attendance_threshold", nullable = false)
	private int attendanceThreshold = DEFAULT_ATTENDANCE_THRESHOLD;

	/** An agenda longer than this many minutes is said to be too long. */
	@Column(name = "agenda_limit_minutes", nullable = false)
	private int agendaLimitMinutes = 180;

	@Column(name = "round_opens", nullable = false)
	private String roundOpens = "04-01";

	@Column(name = "round_closes", nullable = false)
	private String roundCloses = "06-30";

	@Column(name = "gift_declare_over", nullable = false, precision = 10, scale = 2)
	private BigDecimal giftDeclareOver = BigDecimal.valueOf(50);

	@Column(name = "hospitality_declare_over", nullable = false, precision = 10, scale = 2)
	private BigDecimal hospitalityDeclareOver = BigDecimal.valueOf(25);

	@Column(name = "hospitality_approval_over", nullable = false, precision = 10, scale = 2)
	private BigDecimal hospitalityApprovalOver = BigDecimal.valueOf(75);

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
	private String coreManagement = DEFAULT_CORE_MANAGEMENT;

	@Column(name = "panel_min", nullable = false)
	private int panelMin = 3;

	@Column(name = "panel_max", nullable = false)
	private int panelMax = 4;

	@Column(name = "appraisal_interval_months", nullable = false)
	private int appraisalIntervalMonths = 12;

	@Column(name = "review_interval_months", nullable = false)
	private int reviewIntervalMonths = 3;

	/** When an administrator last saved these settings; null while they are the defaults the PCT was given. */
	@Column(name = "reviewed_at")
	private java.time.Instant reviewedAt;

	/** Who appraises the holder of each kind of post: KIND=LINE, comma-separated; kinds not named, nobody. */
	@Column(name = "appraisers", nullable = false)
	private String appraisers = DEFAULT_APPRAISERS;

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
		this.minClinical = values.minClinical;
		this.maxClinical = values.maxClinical;
		this.minProfessions = values.minProfessions;
		this.minGps = values.minGps;
		this.minPatientDays = values.minPatientDays;
		this.minLocalAuthority = values.minLocalAuthority;
		this.maxLocalAuthority = values.maxLocalAuthority;
		this.minBoardClinical = values.minBoardClinical;
		this.maxBoardClinical = values.maxBoardClinical;
		this.minTermMonths = values.minTermMonths;
		this.maxTermMonths = values.maxTermMonths;
		this.openEndedTerms = values.openEndedTerms;
		this.staggerWindowMonths = values.staggerWindowMonths;
		this.roundOpens = values.roundOpens;
		this.roundCloses = values.roundCloses;
		this.giftDeclareOver = values.giftDeclareOver;
		this.hospitalityDeclareOver = values.hospitalityDeclareOver;
		this.hospitalityApprovalOver = values.hospitalityApprovalOver;
		this.attendanceThreshold = values.attendanceThreshold;
		this.agendaLimitMinutes = values.agendaLimitMinutes;
		this.dphClinical = values.dphClinical;
		this.medicalDirectorNotChair = values.medicalDirectorNotChair;
		this.boardOtherProfession = values.boardOtherProfession;
		this.boardGp = values.boardGp;
		this.chairRateNotBelow = values.chairRateNotBelow;
		this.chairDaysMin = values.chairDaysMin;
		this.chairDaysMax = values.chairDaysMax;
		this.memberDaysMin = values.memberDaysMin;
		this.memberDaysMax = values.memberDaysMax;
		this.coreManagement = values.coreManagement;
		this.panelMin = values.panelMin;
		this.panelMax = values.panelMax;
		this.appraisalIntervalMonths = values.appraisalIntervalMonths;
		this.reviewIntervalMonths = values.reviewIntervalMonths;
		this.appraisers = values.appraisers;
	}

	/**
	 * Sets the PEC's rules that were once fixed: who counts as clinical, the medical director and the Board,
	 * days a week, the chair's rate, core management posts, panel size and the appraisal interval.
	 * @param rules the rules
	 */
	public void setPecRules(PecRules rules) {
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

	/**
	 * Sets who appraises the holder of each kind of post.
	 * @param lines the line of each kind of post (names of kinds); kinds left out are appraised by nobody
	 */
	public void setAppraisers(java.util.Map<String, AppraisalLine> lines) {
		this.appraisers = lines.entrySet()
			.stream()
			.filter((e) -> e.getValue() != null && e.getValue() != AppraisalLine.NOBODY)
			.map((e) -> e.getKey() + "=" + e.getValue().name())
			.sorted()
			.collect(java.util.stream.Collectors.joining(","));
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
		java.util.Map<String, AppraisalLine> lines = new java.util.LinkedHashMap<>();
		if (this.appraisers != null && !this.appraisers.isBlank()) {
			for (String line : this.appraisers.split(",")) {
				String[] parts = line.split("=");
				lines.put(parts[0], AppraisalLine.valueOf(parts[1]));
			}
		}
		return lines;
	}

	/**
	 * The PEC's rules that were once fixed in code.
	 * @return them
	 */
	public PecRules getPecRules() {
		return new PecRules(this.dphClinical, this.medicalDirectorNotChair, this.boardOtherProfession, this.boardGp,
				this.chairRateNotBelow, this.chairDaysMin, this.chairDaysMax, this.memberDaysMin, this.memberDaysMax,
				getCoreManagement(), this.panelMin, this.panelMax, this.appraisalIntervalMonths,
				this.reviewIntervalMonths);
	}

	/**
	 * The core management posts the PEC must have.
	 * @return names of kinds of post
	 */
	public java.util.List<String> getCoreManagement() {
		return (this.coreManagement == null || this.coreManagement.isBlank()) ? java.util.List.of()
				: java.util.List.of(this.coreManagement.split(","));
	}

	public boolean isDphClinical() {
		return this.dphClinical;
	}

	public int getPanelMin() {
		return this.panelMin;
	}

	public int getPanelMax() {
		return this.panelMax;
	}

	public int getAppraisalIntervalMonths() {
		return this.appraisalIntervalMonths;
	}

	public int getReviewIntervalMonths() {
		return this.reviewIntervalMonths;
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
		this.giftDeclareOver = giftDeclareOver;
		this.hospitalityDeclareOver = hospitalityDeclareOver;
		this.hospitalityApprovalOver = hospitalityApprovalOver;
	}

	public BigDecimal getGiftDeclareOver() {
		return this.giftDeclareOver;
	}

	public BigDecimal getHospitalityDeclareOver() {
		return this.hospitalityDeclareOver;
	}

	public BigDecimal getHospitalityApprovalOver() {
		return this.hospitalityApprovalOver;
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
		v.minClinical = minClinical;
		v.maxClinical = maxClinical;
		v.minProfessions = minProfessions;
		v.minGps = minGps;
		v.minPatientDays = minPatientDays;
		v.minLocalAuthority = minLocalAuthority;
		v.maxLocalAuthority = maxLocalAuthority;
		v.minBoardClinical = minBoardClinical;
		v.maxBoardClinical = maxBoardClinical;
		v.minTermMonths = minTermMonths;
		v.maxTermMonths = maxTermMonths;
		v.openEndedTerms = openEndedTerms;
		v.staggerWindowMonths = staggerWindowMonths;
		return v;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public int getMinClinical() {
		return this.minClinical;
	}

	public int getMaxClinical() {
		return this.maxClinical;
	}

	public int getMinProfessions() {
		return this.minProfessions;
	}

	public int getMinGps() {
		return this.minGps;
	}

	public BigDecimal getMinPatientDays() {
		return this.minPatientDays;
	}

	public int getMinLocalAuthority() {
		return this.minLocalAuthority;
	}

	public int getMaxLocalAuthority() {
		return this.maxLocalAuthority;
	}

	public int getMinBoardClinical() {
		return this.minBoardClinical;
	}

	public int getMaxBoardClinical() {
		return this.maxBoardClinical;
	}

	public int getMinTermMonths() {
		return this.minTermMonths;
	}

	public int getMaxTermMonths() {
		return this.maxTermMonths;
	}

	public boolean isOpenEndedTerms() {
		return this.openEndedTerms;
	}

	public int getStaggerWindowMonths() {
		return this.staggerWindowMonths;
	}

	/**
	 * The first day of each year's round of declarations.
	 * @return e.g. 1 April
	 */
	public MonthDay getRoundOpens() {
		return MonthDay.parse("--" + this.roundOpens);
	}

	/**
	 * The last day of each year's round of declarations.
	 * @return e.g. 30 June
	 */
	public MonthDay getRoundCloses() {
		return MonthDay.parse("--" + this.roundCloses);
	}

	public void setRound(MonthDay opens, MonthDay closes) {
		this.roundOpens = String.format("%02d-%02d", opens.getMonthValue(), opens.getDayOfMonth());
		this.roundCloses = String.format("%02d-%02d", closes.getMonthValue(), closes.getDayOfMonth());
	}

}
