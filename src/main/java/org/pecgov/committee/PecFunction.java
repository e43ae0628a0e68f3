package org.pecgov.committee;

/**
 * The PEC's four functions (seed 000; "Fit to Lead" §3.3), which its business serves: agenda items (and the
 * decisions on them) and members' objectives say which. Labels are in messages.properties as
 * {@code PecFunction.NAME}.
 */
public enum PecFunction {

	/** Supporting the PCT in developing its vision and strategic direction. */
	STRATEGY,
	/** Commissioning, and supporting practice-based commissioning; managing the market. */
	COMMISSIONING,
	/** Clinical effectiveness and clinical governance. */
	CLINICAL_GOVERNANCE,
	/** Leading clinical communications with partners and stakeholders. */
	COMMUNICATION

}
