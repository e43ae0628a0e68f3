package org.pecgov.appointment;

import java.util.List;

/**
 * The reappointment gate: before someone's term in a post is renewed, whether their last appraisal was
 * satisfactory, they attended enough of the committee's meetings, their declaration of interests is
 * current and, in a clinical post, they still practise. Implemented where appraisals, meetings and
 * declarations are known.
 */
public interface RenewalGate {

	/**
	 * The conditions for renewing a term, always all four, in order.
	 * @param appointment the term to renew, of the PCT the user reads
	 * @return each condition
	 */
	List<RenewalCondition> conditions(Appointment appointment);

}
