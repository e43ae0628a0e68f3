package org.pecgov.appraisal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;

import org.springframework.stereotype.Component;

/**
 * Writes the emails that an appraisal or a one-to-one review is due within its window, or overdue (issue 17 §1):
 * to the post holder and to their appraiser, once per due day and urgency each.
 */
@Component
public class DueMail {

	private final PersonService people;

	private final Outbox outbox;

	DueMail(PersonService people, Outbox outbox) {
		this.people = people;
		this.outbox = outbox;
	}

	/**
	 * Writes the emails of one PCT, in the caller's transaction.
	 * @param organisationId the PCT
	 * @param appraiserOf each post holder's appraiser (null when none)
	 * @param dueOf each post holder's urgency and due day, or null when not due
	 * @param kind APPRAISAL_DUE or REVIEW_DUE
	 * @param path the page where it is done
	 * @return how many were written
	 */
	public int write(Long organisationId, Map<Long, Long> appraiserOf, Function<Long, Due> dueOf, String kind,
			String path) {
		Set<Long> everyone = new HashSet<>();
		Map<Long, Due> due = new java.util.HashMap<>();
		appraiserOf.forEach((holder, appraiser) -> {
			Due d = (appraiser != null) ? dueOf.apply(holder) : null;
			if (d != null) {
				due.put(holder, d);
				everyone.add(holder);
				everyone.add(appraiser);
			}
		});
		Map<Long, Person> named = this.people.byIdsOf(organisationId, everyone)
			.stream()
			.collect(Collectors.toMap(Person::getId, Function.identity()));
		int written = 0;
		for (Map.Entry<Long, Due> entry : due.entrySet()) {
			Person holder = named.get(entry.getKey());
			Person appraiser = named.get(appraiserOf.get(entry.getKey()));
			if (holder == null || appraiser == null) {
				continue;
			}
			Due d = entry.getValue();
			String when = (d.day() != null) ? Reminder.date(d.day()) : "";
			String key = kind + ":" + holder.getId() + ":" + d.day() + ":" + d.urgency();
			for (Person to : List.of(holder, appraiser)) {
				if (this.outbox.add(new Reminder(organisationId, to.getId(), to.getFullName(), to.getEmail(), kind,
						key + ":" + to.getId(), path, null, holder.getFullName(), appraiser.getFullName(), when,
						(d.urgency() == Urgency.OVERDUE) ? 1 : 0))) {
					written++;
				}
			}
		}
		return written;
	}

	/**
	 * When something is due.
	 * @param urgency overdue or due soon
	 * @param day the day it falls due, or null when there has never been one
	 */
	public record Due(Urgency urgency, LocalDate day) {
	}

}
