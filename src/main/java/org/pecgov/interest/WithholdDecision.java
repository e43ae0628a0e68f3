package org.pecgov.interest;

/**
 * The conflicts-of-interest guardian's decision on a request to withhold an entry from the published register.
 */
public enum WithholdDecision {

	/** Shown publicly only as "withheld", for risk of harm. */
	WITHHELD,

	/** Published in full after all. */
	PUBLISHED;

	/**
	 * The decision a form field names.
	 * @param name the field's value
	 * @return the decision, or null for anything else
	 */
	static WithholdDecision from(String name) {
		for (WithholdDecision decision : values()) {
			if (decision.name().equals(name)) {
				return decision;
			}
		}
		return null;
	}

}
