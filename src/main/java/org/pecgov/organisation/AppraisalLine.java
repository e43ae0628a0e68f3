package org.pecgov.organisation;

/**
 * Who appraises the holder of a kind of post (Fit to lead §3.4): the PCT sets it for each kind. Labels are in
 * messages.properties as {@code AppraisalLine.NAME}.
 */
public enum AppraisalLine {

	/** Nobody in pecgov: appraised elsewhere, if at all (the PCT chair, non-executive directors, managers). */
	NOBODY,

	/** The PEC chair. */
	PEC_CHAIR,

	/** The PCT chair, who chairs the Board. */
	PCT_CHAIR,

	/** The chief executive. */
	CHIEF_EXECUTIVE

}
