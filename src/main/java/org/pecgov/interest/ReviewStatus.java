package org.pecgov.interest;

/**
 * Where a declaration is on its way to the published register (issue 17 §5).
 */
public enum ReviewStatus {

	/** New or changed, waiting for the secretary or the guardian. */
	PENDING,

	/** On the published register, in its public wording (or shown as withheld). */
	PUBLISHED,

	/** The reviewer asked the declarant to change it; it waits for them. */
	CHANGE_ASKED,

	/** Passed to the conflicts of interest guardian to decide whether it is withheld. */
	WITH_GUARDIAN

}
