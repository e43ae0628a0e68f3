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
	}

	/**
	 * Sets the attendance below which a renewal needs a reason.
	 * @param percent of meetings, 0 to 100
	 */
	public void setAttendanceThreshold(int percent) {
		this.attendanceThreshold = percent;
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
