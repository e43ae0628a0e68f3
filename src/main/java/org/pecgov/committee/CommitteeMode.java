package org.pecgov.committee;

/**
 * Whether a committee decides within the powers delegated to it, or advises the committee it reports to.
 */
public enum CommitteeMode {

	EXECUTIVE, ADVISORY

}
