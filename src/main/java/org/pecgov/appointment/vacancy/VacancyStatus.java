package org.pecgov.appointment.vacancy;

/**
 * A vacancy is open until someone is appointed or it is closed unfilled.
 */
public enum VacancyStatus {

	OPEN, APPOINTED, CLOSED

}
