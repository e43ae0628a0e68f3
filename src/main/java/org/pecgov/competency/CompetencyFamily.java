package org.pecgov.competency;

/**
 * The families of "Fit to lead": §5.1.1 added value, §5.1.2 management and personal, §5.2 the PEC chair.
 */
public enum CompetencyFamily {

	ADDED_VALUE, MANAGEMENT, CHAIR

}
