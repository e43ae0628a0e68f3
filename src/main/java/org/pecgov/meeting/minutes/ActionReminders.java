package org.pecgov.meeting.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, emails the owner of each open action due within {@value #DUE_DAYS} days (once per due date), and of
 * each overdue action (once), through the outbox. One instance at a time runs it (ShedLock).
 */
@Component
public class ActionReminders {

	static final int DUE_DAYS = 7;

	private static final Logger log = LoggerFactory.getLogger(ActionReminders.class);

	private final ActionRepository actions;

	private final PersonService people;

	private final Outbox outbox;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	ActionReminders(ActionRepository actions, PersonService people, Outbox outbox, Clock clock,
			org.springframework.transaction.support.TransactionTemplate transactions) {
		this.transactions = transactions;
		this.actions = actions;
		this.people = people;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Scheduled(cron = "${pecgov.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "action-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
	public void remindDaily() {
		// through the transaction template: a call to this class's own @Transactional method would not open one
		Integer written = this.transactions.execute((status) -> remind());
		if (written != null && written > 0) {
			log.info("Wrote {} action reminder(s)", written);
		}
	}

	/**
	 * Writes the reminders of the day.
	 * @return how many were written
	 */
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(this.clock);
		List<MeetingAction> due = this.actions.findByStatusAndDueOnLessThanEqual(ActionStatus.OPEN,
				today.plusDays(DUE_DAYS));
		Map<Long, List<MeetingAction>> byPct = due.stream().collect(Collectors.groupingBy(MeetingAction::getOrganisationId));
		int written = 0;
		for (Map.Entry<Long, List<MeetingAction>> pct : byPct.entrySet()) {
			Map<Long, Person> owners = this.people
				.byIdsOf(pct.getKey(), pct.getValue().stream().map(MeetingAction::getOwnerId).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.toMap(Person::getId, Function.identity()));
			for (MeetingAction action : pct.getValue()) {
				Person owner = owners.get(action.getOwnerId());
				if (owner == null) {
					continue;
				}
				boolean overdue = action.getDueOn().isBefore(today);
				String kind = overdue ? "ACTION_OVERDUE" : "ACTION_DUE";
				String key = overdue ? kind + ":" + action.getId() : kind + ":" + action.getId() + ":" + action.getDueOn();
				if (this.outbox.add(new Reminder(action.getOrganisationId(), owner.getId(), owner.getFullName(),
						owner.getEmail(), kind, key, "/actions", null, action.getDescription(),
						Reminder.date(action.getDueOn())))) {
					written++;
				}
			}
		}
		return written;
	}

}
