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
 * The PCT's PEC rules, as an administrator edits them.
 */
public class SettingsForm {

	private Long version;

	@NotNull
	@Min(0)
	@Max(50)
	private Integer minClinical;

	@NotNull
	@Min(0)
	@Max(50)
	private Integer maxClinical;

	@NotNull
	@Min(0)
	@Max(20)
	private Integer minProfessions;

	@NotNull
	@Min(0)
	@Max(50)
	private Integer minGps;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	private BigDecimal minPatientDays;

	@NotNull
	@Min(0)
	@Max(10)
	private Integer minLocalAuthority;

	@NotNull
	@Min(0)
	@Max(10)
	private Integer maxLocalAuthority;

	@NotNull
	@Min(0)
	@Max(10)
	private Integer minBoardClinical;

	@NotNull
	@Min(0)
	@Max(10)
	private Integer maxBoardClinical;

	@NotNull
	@Min(1)
	@Max(240)
	private Integer minTermMonths;

	@NotNull
	@Min(1)
	@Max(240)
	private Integer maxTermMonths;

	private boolean openEndedTerms;

	@NotNull
	@Min(1)
	@Max(24)
	private Integer staggerWindowMonths;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer attendanceThreshold;

	@NotNull
	@Min(30)
	@Max(720)
	private Integer agendaLimitMinutes;

	@NotNull
	@Pattern(regexp = DAY_MONTH)
	private String roundOpens;

	@NotNull
	@Pattern(regexp = DAY_MONTH)
	private String roundCloses;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100000")
	private BigDecimal giftDeclareOver;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100000")
	private BigDecimal hospitalityDeclareOver;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100000")
	private BigDecimal hospitalityApprovalOver;

	private boolean reviewDeclarations;

	private boolean requireSecondFactor;

	private boolean requireSingleSignOn;

	private boolean dphClinical;

	private boolean medicalDirectorNotChair;

	private boolean boardOtherProfession;

	private boolean boardGp;

	private boolean chairRateNotBelow;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	private BigDecimal chairDaysMin;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	private BigDecimal chairDaysMax;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	private BigDecimal memberDaysMin;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	private BigDecimal memberDaysMax;

	private List<String> coreManagement = new ArrayList<>();

	@NotNull
	@Min(1)
	@Max(10)
	private Integer panelMin;

	@NotNull
	@Min(1)
	@Max(10)
	private Integer panelMax;

	@NotNull
	@Min(1)
	@Max(36)
	private Integer appraisalIntervalMonths;

	@NotNull
	@Min(1)
	@Max(12)
	private Integer reviewIntervalMonths;

	private Map<String, AppraisalLine> appraisers = new LinkedHashMap<>();

	/**
	 * Every kind of post (names of the committee module's kinds, in its order): a test in the committee module
	 * keeps the two lists the same.
	 */
	public static final List<String> POST_KINDS = List.of("CHAIR", "DEPUTY_CHAIR", "CLINICAL_MEMBER", "CHIEF_EXECUTIVE",
			"DIRECTOR_OF_FINANCE", "DIRECTOR_OF_PUBLIC_HEALTH", "MEDICAL_DIRECTOR", "DIRECTOR_OF_COMMISSIONING",
			"DIRECTOR_OF_NURSING", "LOCAL_AUTHORITY_MEMBER", "CO_OPTED_MEMBER", "NON_EXECUTIVE_DIRECTOR", "BOARD_SEAT");

	/** The kinds of management post a PCT may count as core (names of the committee module's kinds). */
	public static final List<String> MANAGEMENT_POSTS = List.of("CHIEF_EXECUTIVE", "DIRECTOR_OF_FINANCE",
			"DIRECTOR_OF_PUBLIC_HEALTH", "MEDICAL_DIRECTOR", "DIRECTOR_OF_COMMISSIONING", "DIRECTOR_OF_NURSING");

	/** A day of the year as people write it: 1/4 or 01/04 for 1 April. */
	static final String DAY_MONTH = "\\d{1,2}/\\d{1,2}";

	public static SettingsForm from(PctSettings s) {
		SettingsForm f = new SettingsForm();
		f.version = s.getVersion();
		f.minClinical = s.getMinClinical();
		f.maxClinical = s.getMaxClinical();
		f.minProfessions = s.getMinProfessions();
		f.minGps = s.getMinGps();
		f.minPatientDays = s.getMinPatientDays();
		f.minLocalAuthority = s.getMinLocalAuthority();
		f.maxLocalAuthority = s.getMaxLocalAuthority();
		f.minBoardClinical = s.getMinBoardClinical();
		f.maxBoardClinical = s.getMaxBoardClinical();
		f.minTermMonths = s.getMinTermMonths();
		f.maxTermMonths = s.getMaxTermMonths();
		f.openEndedTerms = s.isOpenEndedTerms();
		f.staggerWindowMonths = s.getStaggerWindowMonths();
		f.attendanceThreshold = s.getAttendanceThreshold();
		f.agendaLimitMinutes = s.getAgendaLimitMinutes();
		f.roundOpens = s.getRoundOpens().getDayOfMonth() + "/" + s.getRoundOpens().getMonthValue();
		f.roundCloses = s.getRoundCloses().getDayOfMonth() + "/" + s.getRoundCloses().getMonthValue();
		f.giftDeclareOver = s.getGiftDeclareOver();
		f.hospitalityDeclareOver = s.getHospitalityDeclareOver();
		f.hospitalityApprovalOver = s.getHospitalityApprovalOver();
		f.reviewDeclarations = s.isReviewDeclarations();
		f.requireSecondFactor = s.isRequireSecondFactor();
		f.requireSingleSignOn = s.isRequireSingleSignOn();
		PecRules rules = s.getPecRules();
		f.dphClinical = rules.dphClinical();
		f.medicalDirectorNotChair = rules.medicalDirectorNotChair();
		f.boardOtherProfession = rules.boardOtherProfession();
		f.boardGp = rules.boardGp();
		f.chairRateNotBelow = rules.chairRateNotBelow();
		f.chairDaysMin = rules.chairDaysMin();
		f.chairDaysMax = rules.chairDaysMax();
		f.memberDaysMin = rules.memberDaysMin();
		f.memberDaysMax = rules.memberDaysMax();
		f.coreManagement = new ArrayList<>(rules.coreManagement());
		f.panelMin = rules.panelMin();
		f.panelMax = rules.panelMax();
		f.appraisalIntervalMonths = rules.appraisalIntervalMonths();
		f.reviewIntervalMonths = rules.reviewIntervalMonths();
		POST_KINDS.forEach((kind) -> f.appraisers.put(kind, s.appraiserOf(kind)));
		return f;
	}

	/**
	 * A day of the year from its text.
	 * @param text e.g. 1/4
	 * @return the day, or null when there is no such day
	 */
	static MonthDay dayOfYear(String text) {
		try {
			String[] parts = text.split("/");
			return MonthDay.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	PctSettings toValues() {
		PctSettings values = valuesWithoutRound();
		values.setRound(dayOfYear(this.roundOpens), dayOfYear(this.roundCloses));
		values.setGiftThresholds(this.giftDeclareOver, this.hospitalityDeclareOver, this.hospitalityApprovalOver);
		values.setReviewDeclarations(this.reviewDeclarations);
		values.setRequireSecondFactor(this.requireSecondFactor);
		values.setRequireSingleSignOn(this.requireSingleSignOn);
		values.setAttendanceThreshold(this.attendanceThreshold);
		values.setAgendaLimitMinutes(this.agendaLimitMinutes);
		values.setPecRules(new PecRules(this.dphClinical, this.medicalDirectorNotChair, this.boardOtherProfession,
				this.boardGp, this.chairRateNotBelow, this.chairDaysMin, this.chairDaysMax, this.memberDaysMin,
				this.memberDaysMax,
				MANAGEMENT_POSTS.stream().filter((kind) -> this.coreManagement.contains(kind)).toList(), this.panelMin,
				this.panelMax, this.appraisalIntervalMonths, this.reviewIntervalMonths));
		Map<String, AppraisalLine> lines = new LinkedHashMap<>();
		POST_KINDS.forEach((kind) -> lines.put(kind,
				java.util.Objects.requireNonNullElse(this.appraisers.get(kind), AppraisalLine.NOBODY)));
		values.setAppraisers(lines);
		return values;
	}

	private PctSettings valuesWithoutRound() {
		return PctSettings.values(this.minClinical, this.maxClinical, this.minProfessions, this.minGps,
				this.minPatientDays, this.minLocalAuthority, this.maxLocalAuthority, this.minBoardClinical,
				this.maxBoardClinical, this.minTermMonths, this.maxTermMonths, this.openEndedTerms,
				this.staggerWindowMonths);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

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
