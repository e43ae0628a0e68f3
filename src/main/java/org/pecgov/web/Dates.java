package org.pecgov.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The ways pages write dates and times, in one place. Every page's model has it as {@code dates}
 * ({@link TemplateHelpers}): {@code th:text="${dates.day(person.startDate)}"}. Each takes a date, a
 * time, or an instant (written as London's date and time), in the page's locale; like
 * {@code #temporals.format}, each gives null for null.
 */
public class Dates {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private static final DateTimeFormatter DAY_WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	private static final DateTimeFormatter SHORT_DAY_WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm");

	private static final DateTimeFormatter SHORT_DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

	private static final DateTimeFormatter SHORT_DAY_AND_TIME_WITH_SECONDS = DateTimeFormatter
		.ofPattern("d MMM yyyy HH:mm:ss");

	/**
	 * A day in words, as in text and summary lists.
	 * @param value a date (or an instant)
	 * @return for example "3 March 2008"
	 */
	public String day(TemporalAccessor value) {
		return format(DAY, value);
	}

	/**
	 * A day with its month shortened, as in tables.
	 * @param value a date (or an instant)
	 * @return for example "3 Mar 2008"
	 */
	public String shortDay(TemporalAccessor value) {
		return format(SHORT_DAY, value);
	}

	/**
	 * A day with its weekday, as a meeting's.
	 * @param value a date
	 * @return for example "Monday 3 March 2008"
	 */
	public String dayWithWeekday(TemporalAccessor value) {
		return format(DAY_WITH_WEEKDAY, value);
	}

	/**
	 * A day with its weekday and month shortened, as in lists of meetings.
	 * @param value a date
	 * @return for example "Mon 3 Mar 2008"
	 */
	public String shortDayWithWeekday(TemporalAccessor value) {
		return format(SHORT_DAY_WITH_WEEKDAY, value);
	}

	/**
	 * A time of day, on the 24-hour clock.
	 * @param value a time (or an instant)
	 * @return for example "14:30"
	 */
	public String time(TemporalAccessor value) {
		return format(TIME, value);
	}

	/**
	 * A day in words and a time, as when something was done.
	 * @param value an instant (or a date and time)
	 * @return for example "3 March 2008 14:30"
	 */
	public String dayAndTime(TemporalAccessor value) {
		return format(DAY_AND_TIME, value);
	}

	/**
	 * A day with its month shortened and a time, as in tables of events.
	 * @param value an instant (or a date and time)
	 * @return for example "3 Mar 2008 14:30"
	 */
	public String shortDayAndTime(TemporalAccessor value) {
		return format(SHORT_DAY_AND_TIME, value);
	}

	/**
	 * As {@link #shortDayAndTime}, to the second, as in the audit trail.
	 * @param value an instant (or a date and time)
	 * @return for example "3 Mar 2008 14:30:05"
	 */
	public String shortDayAndTimeWithSeconds(TemporalAccessor value) {
		return format(SHORT_DAY_AND_TIME_WITH_SECONDS, value);
	}

	private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
		if (value == null) {
			return null;
		}
		return formatter.withLocale(LocaleContextHolder.getLocale()).withZone(LONDON).format(value);
	}

}
