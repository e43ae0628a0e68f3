package org.pecgov.outbox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A reminder to write to the outbox. Its subject and text are the messages
 * {@code reminder.KIND.subject} and {@code reminder.KIND.body}, with the arguments given.
 * @param organisationId the PCT
 * @param personId the person it is for
 * @param name their name, for the greeting
 * @param email their email address, or null when they have none (it then waits to be read)
 * @param kind what it reminds of
 * @param key names this reminder once: a second reminder with the same key is not written
 * @param path the page of the service to act on, e.g. /declarations/mine
 * @param expires the last day on which it is worth sending, or null when it is always worth it
 * @param args the arguments of the subject and text
 */
public record Reminder(Long organisationId, Long personId, String name, String email, String kind, String key,
		String path, LocalDate expires, Object... args) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/**
	 * A day as reminders write it: 1 April 2026.
	 * @param day the day
	 * @return the text
	 */
	public static String date(LocalDate day) {
		return DATE.format(day);
	}

}
