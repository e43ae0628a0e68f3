package org.pecgov.organisation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The PEC's rules that the guidance leaves to each PCT and that were once fixed in code.
 * @param dphClinical whether the director of public health counts as a clinical member
 * @param medicalDirectorNotChair whether the medical director may not also be the PEC chair (§3.12)
 * @param boardOtherProfession whether a PEC member on the Board should be of another profession than the
 * chair (§4.5, advisory)
 * @param boardGp whether a GP must be among the PEC's members on the Board (§4.5)
 * @param chairRateNotBelow whether the chair's rate may not be below the members' (§7.1)
 * @param chairDaysMin the fewest days a week of the chair's post (§4.6)
 * @param chairDaysMax the most days a week of the chair's post
 * @param memberDaysMin the fewest days a week of a member's post
 * @param memberDaysMax the most days a week of a member's post
 * @param coreManagement the kinds of post (names) the PEC must have from management (§4.1)
 * @param panelMin the fewest members of an interview panel (§5.4)
 * @param panelMax the most members of an interview panel
 * @param appraisalIntervalMonths months between appraisals (rule 11)
 * @param reviewIntervalMonths months between one-to-one reviews (quarterly unless the PCT sets another)
 */
public record PecRules(boolean dphClinical, boolean medicalDirectorNotChair, boolean boardOtherProfession,
		boolean boardGp, boolean chairRateNotBelow, BigDecimal chairDaysMin, BigDecimal chairDaysMax,
		BigDecimal memberDaysMin, BigDecimal memberDaysMax, List<String> coreManagement, int panelMin, int panelMax,
		int appraisalIntervalMonths, int reviewIntervalMonths) {
}
