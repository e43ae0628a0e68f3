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
public class SettingsForm extends PecRuleSettingsFields {

	private Long version;

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

}
