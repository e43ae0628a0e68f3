package org.pecgov.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.user.AppUser;
import org.pecgov.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, emails the holder of a term that ends within 90 days, and the PCT's administrators, once when it
 * comes within 90 days and once more within 30 (issue 17 §1), through the outbox. One instance at a time runs it.
 */
@Component
public class TermReminders {

	static final int FIRST = 90;

	static final int SECOND = 30;

	private static final Logger log = LoggerFactory.getLogger(TermReminders.class);

	private final AppointmentRepository appointments;

	private final PersonService people;

	private final PostService posts;

	private final UserService users;

	private final Outbox outbox;

	private final Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate transactions;

	TermReminders(AppointmentRepository appointments, PersonService people, PostService posts, UserService users,
			Outbox outbox, Clock clock, org.springframework.transaction.support.TransactionTemplate transactions) {
		this.transactions = transactions;
		this.appointments = appointments;
		this.people = people;
		this.posts = posts;
		this.users = users;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Scheduled(cron = "${pecgov.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "term-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
	public void remindDaily() {
		// through the transaction template: a call to this class's own @Transactional method would not open one
		Integer written = this.transactions.execute((status) -> remind());
		if (written != null && written > 0) {
			log.info("Wrote {} term reminder(s)", written);
		}
	}

	/**
	 * Writes the reminders of the day.
	 * @return how many were written
	 */
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(this.clock);
		int written = 0;
		// a fixed number of statements per PCT: its holders, its posts' titles and its administrators
		Map<Long, List<Appointment>> byPct = this.appointments
			.findByEndedOnIsNullAndTermEndBetween(today, today.plusDays(FIRST))
			.stream()
			.collect(Collectors.groupingBy(Appointment::getOrganisationId));
		for (Map.Entry<Long, List<Appointment>> entry : byPct.entrySet()) {
			Long pct = entry.getKey();
			List<Appointment> ending = entry.getValue();
			Map<Long, Person> holders = this.people
				.byIdsOf(pct, ending.stream().map(Appointment::getPersonId).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.toMap(Person::getId, Function.identity()));
			Map<Long, String> titles = this.posts
				.byIdsOf(pct, ending.stream().map(Appointment::getPostId).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.toMap(Post::getId, Post::getTitle));
			List<AppUser> admins = this.users.administratorsOf(pct);
			for (Appointment appointment : ending) {
				Person holder = holders.get(appointment.getPersonId());
				if (holder != null) {
					written += write(appointment, holder, titles.getOrDefault(appointment.getPostId(), ""), admins, today);
				}
			}
		}
		return written;
	}

	private int write(Appointment appointment, Person holder, String post, List<AppUser> admins, LocalDate today) {
		long days = ChronoUnit.DAYS.between(today, appointment.getTermEnd());
		int window = (days <= SECOND) ? SECOND : FIRST;
		Long pct = appointment.getOrganisationId();
		String key = "TERM_ENDING:" + window + ":" + appointment.getId() + ":" + appointment.getTermEnd();
		Object[] args = { holder.getFullName(), post, Reminder.date(appointment.getTermEnd()), days };
		String path = "/appointments/" + appointment.getId();
		int written = this.outbox.add(new Reminder(pct, holder.getId(), holder.getFullName(), holder.getEmail(),
				"TERM_ENDING", key + ":holder", path, appointment.getTermEnd(), args)) ? 1 : 0;
		for (AppUser admin : admins) {
			if (!holder.getId().equals(admin.getPersonId())
					&& this.outbox.add(new Reminder(pct, admin.getPersonId(), admin.getDisplayName(), admin.getEmail(),
							"TERM_ENDING", key + ":admin:" + admin.getId(), path, appointment.getTermEnd(), args))) {
				written++;
			}
		}
		return written;
	}

}
