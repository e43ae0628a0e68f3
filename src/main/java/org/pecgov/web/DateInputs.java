package org.pecgov.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the NHS date input shows in its three boxes: what was typed when the form comes back (so nothing typed is
 * lost, even "31 2 2027"), otherwise the date held; and which boxes to mark when the date is wrong. Templates reach it
 * as {@code dateInputs}.
 */
public final class DateInputs {

	/**
	 * One box of the date input.
	 *
	 * @param part day, month or year (its label's message key is date.part.NAME)
	 * @param id the box's id: the day box has the date's own id (where the error summary leads)
	 * @param name the parameter it sends
	 * @param value what it shows
	 * @param width its NHS width class
	 * @param wrong whether it is marked as wrong when the date has an error
	 */
	public record Box(String part, String id, String name, String value, String width, boolean wrong) {
	}

	/**
	 * @param id the date's id (the day box's)
	 * @param name the date's parameter name
	 * @param entries what was typed, by the date's parameter name (the request attribute {@value DatePartsFilter#ATTRIBUTE}),
	 *     or null
	 * @param value the date held: a LocalDate, an ISO string, or null
	 * @return the three boxes
	 */
	public List<Box> boxes(String id, String name, Map<String, DateParts> entries, Object value) {
		DateParts typed = (entries != null) ? entries.get(name) : null;
		DateParts shown = (typed != null) ? typed : DateParts.of(date(value));
		DateParts.Problem problem = (typed != null) ? typed.problem() : null;
		Set<DateParts.Part> wrong = (problem != null) ? problem.parts() : Set.of(DateParts.Part.values());
		return List.of(
				new Box("day", id, name + DateParts.DAY, shown.day(), "nhsuk-input--width-2",
						wrong.contains(DateParts.Part.DAY)),
				new Box("month", id + DateParts.MONTH, name + DateParts.MONTH, shown.month(), "nhsuk-input--width-2",
						wrong.contains(DateParts.Part.MONTH)),
				new Box("year", id + DateParts.YEAR, name + DateParts.YEAR, shown.year(), "nhsuk-input--width-4",
						wrong.contains(DateParts.Part.YEAR)));
	}

	/**
	 * Where the error summary leads for a field: for a date typed wrong, its first wrong box; otherwise the field.
	 * @param id the field's id (a date's day box)
	 * @param name the field's parameter name
	 * @param entries what was typed into date inputs, by name, or null
	 * @return the id to link to
	 */
	public String anchor(String id, String name, Map<String, DateParts> entries) {
		DateParts typed = (entries != null) ? entries.get(name) : null;
		DateParts.Problem problem = (typed != null) ? typed.problem() : null;
		if (problem == null || problem.parts().contains(DateParts.Part.DAY)) {
			return id;
		}
		return problem.parts().contains(DateParts.Part.MONTH) ? id + DateParts.MONTH : id + DateParts.YEAR;
	}

	private static LocalDate date(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return LocalDate.parse(text.strip());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

}
