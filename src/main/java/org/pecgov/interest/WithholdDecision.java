package org.pecgov.interest;

/**
 * The conflicts-of-interest guardian's decision on a request to withhold an entry from the published register.
 */
public enum WithholdDecision {

	/** Shown publicly only as "withheld", for risk of harm. */
	WITHHELD,

	/** Published in full after all. */
	PUBLISHED

}
