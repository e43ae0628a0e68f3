package org.pecgov.committee;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who chairs a committee, as the feature that keeps appointments knows it: asked before a sub-committee is made the PbC
 * assessment sub-committee, whose chair must be a non-executive director.
 */
public interface CommitteeChairs {

	/**
	 * The chair of a committee on a day who is not a non-executive director of the PCT.
	 * @param committeeId the committee
	 * @param day the day
	 * @return their name, or empty when the chair is one (or the chair is vacant)
	 */
	Optional<String> chairNotNonExecutive(Long committeeId, LocalDate day);

}
