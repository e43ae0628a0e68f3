package org.pecgov.appraisal.objective;

/**
 * How an objective stands. Labels are in messages.properties as {@code ObjectiveStatus.NAME}.
 */
public enum ObjectiveStatus {

	ON_TRACK, AT_RISK, DELIVERED, NOT_DELIVERED

}
