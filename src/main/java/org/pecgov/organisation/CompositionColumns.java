package org.pecgov.organisation;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The columns of a PCT's settings that limit the PEC's make-up (clinical members, professions, GPs, local
 * authority and Board members) and its terms (their length, and the window in which clinical terms should not
 * bunch). Read through {@link PctSettings}.
 */
@Embeddable
class CompositionColumns {

	@Column(name = "min_clinical")
	int minClinical = 4;

	@Column(name = "max_clinical")
	int maxClinical = 8;

	@Column(name = "min_professions")
	int minProfessions = 2;

	@Column(name = "min_gps")
	int minGps = 1;

	@Column(name = "min_patient_days", precision = 2, scale = 1)
	BigDecimal minPatientDays = BigDecimal.ONE;

	@Column(name = "min_local_authority")
	int minLocalAuthority = 1;

	@Column(name = "max_local_authority")
	int maxLocalAuthority = 2;

	@Column(name = "min_board_clinical")
	int minBoardClinical = 1;

	@Column(name = "max_board_clinical")
	int maxBoardClinical = 2;

	@Column(name = "min_term_months")
	int minTermMonths = 24;

	@Column(name = "max_term_months")
	int maxTermMonths = 48;

	@Column(name = "open_ended_terms")
	boolean openEndedTerms;

	@Column(name = "stagger_window_months")
	int staggerWindowMonths = 6;

	protected CompositionColumns() {
	}

	CompositionColumns(int minClinical, int maxClinical, int minProfessions, int minGps, BigDecimal minPatientDays,
			int minLocalAuthority, int maxLocalAuthority, int minBoardClinical, int maxBoardClinical, int minTermMonths,
			int maxTermMonths, boolean openEndedTerms, int staggerWindowMonths) {
		this.minClinical = minClinical;
		this.maxClinical = maxClinical;
		this.minProfessions = minProfessions;
		this.minGps = minGps;
		this.minPatientDays = minPatientDays;
		this.minLocalAuthority = minLocalAuthority;
		this.maxLocalAuthority = maxLocalAuthority;
		this.minBoardClinical = minBoardClinical;
		this.maxBoardClinical = maxBoardClinical;
		this.minTermMonths = minTermMonths;
		this.maxTermMonths = maxTermMonths;
		this.openEndedTerms = openEndedTerms;
		this.staggerWindowMonths = staggerWindowMonths;
	}

	void set(CompositionColumns values) {
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
	}

}
