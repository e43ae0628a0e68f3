package org.pecgov.appraisal;

/**
 * The outcome of an appraisal. Labels are in messages.properties as {@code AppraisalOutcome.NAME}.
 */
public enum AppraisalOutcome {

	SATISFACTORY, DEVELOPMENT_NEEDED, UNSATISFACTORY

}
