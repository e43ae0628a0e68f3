package org.pecgov.interest.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.appointment.AppointCommand;
import org.pecgov.appointment.AppointmentService;
import org.pecgov.appointment.Term;
import org.pecgov.home.HomeNotice;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.OutboxSender;
import org.pecgov.outbox.Reminder;
import org.pecgov.security.Role;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reminders about declaring, on PostgreSQL: written to the outbox with their cause, once each, and shown
 * on the home page while they apply.
 */
@IntegrationTest
class ReminderTest {

	@Autowired
	private DeclarationReminders reminders;

	@Autowired
	private BreachService breaches;

	@Autowired
	private RoundService rounds;

	@Autowired
	private AppointmentService appointments;

	@Autowired
	private SettingsService settings;

	@Autowired
	private Outbox outbox;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private OutboxSender sender;

	@Autowired
	private JdbcTemplate jdbc;

	private DemoIds ids;

	private long southvale;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
		this.southvale = this.ids.organisation("SVL");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aReminderIsWrittenOnlyInsideTheTransactionOfItsCause() {
		assertThatThrownBy(() -> this.outbox.add(new Reminder(this.southvale, null, "Nobody", "nobody@example.org",
				"ROUND_OPEN", "test:outside", "/", null, "2026", "1 April 2026", "30 June 2026")))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(count("outbox_message where dedupe_key = 'test:outside'")).isZero();
	}

	@Test
	void aFirstAppointmentWritesItsReminderAndLosesItWhenTheAppointmentRollsBack() {
		SignIn.as(Role.ADMIN, this.southvale, null);
		long post = this.jdbc.queryForObject(
				"select id from post where organisation_id = ? and title = 'Clinical member (urgent care)'", Long.class,
				this.southvale);
		// After whoever holds the post now (other tests may have appointed someone).
		LocalDate start = this.jdbc.queryForObject(
				"select greatest(max(term_end) + 1, current_date) from appointment where post_id = ?", LocalDate.class,
				post);
		Integer inside = this.transactions.execute((status) -> {
			long person = this.jdbc.queryForObject("""
					insert into person (organisation_id, given_name, family_name, email, profession)
					values (?, 'Grace', 'Newcombe', 'grace.newcombe@southvale.example', 'NURSE') returning id
					""", Long.class, this.southvale);
			this.appointments.appoint(new AppointCommand(post, person, new Term(start, start.plusYears(3)), false,
					null, true), null);
			List<String> subjects = this.jdbc.queryForList(
					"select subject from outbox_message where person_id = ? and kind = 'APPOINTED'"
							+ " and recipient = 'grace.newcombe@southvale.example'",
					String.class, person);
			assertThat(subjects).containsExactly(
					"Declare your interests by " + Reminder.date(start.plusDays(28)));
			status.setRollbackOnly();
			return subjects.size();
		});

		assertThat(inside).isOne();
		assertThat(count("outbox_message where recipient = 'grace.newcombe@southvale.example'")).isZero();
		assertThat(count("person where email = 'grace.newcombe@southvale.example'")).isZero();
	}

	@Test
	@Transactional
	void anOpenRoundRemindsEachPostHolderWithoutAReturnOnceThenOnceMoreAWeekBeforeItCloses() {
		forgetReturns();
		openRound(this.today.minusDays(10), this.today.plusDays(30));
		long carter = this.ids.person("ben.carter@southvale.example");
		long taylor = this.ids.person("joan.taylor@southvale.example");
		this.jdbc.update("insert into round_return (organisation_id, person_id, round_year, kind, made_on, recorded_by)"
				+ " values (?, ?, ?, 'NIL', ?, 'test')", this.southvale, taylor,
				this.rounds.round(this.southvale).year(), this.today);

		int written = this.reminders.plan(this.southvale);
		int again = this.reminders.plan(this.southvale);

		assertThat(written).isPositive();
		assertThat(again).isZero();
		assertThat(count("outbox_message where kind = 'ROUND_OPEN' and person_id = " + carter)).isOne();
		assertThat(count("outbox_message where kind = 'ROUND_OPEN' and person_id = " + taylor)).isZero();
		assertThat(count("outbox_message where kind = 'ROUND_OPEN' and organisation_id <> " + this.southvale)).isZero();

		openRound(this.today.minusDays(30), this.today.plusDays(3));
		this.reminders.plan(this.southvale);
		assertThat(this.jdbc.queryForObject(
				"select body from outbox_message where kind = 'ROUND_CLOSING' and person_id = ?", String.class, carter))
			.startsWith("Dear ")
			.contains("closes in a week, on " + Reminder.date(this.today.plusDays(3)))
			.contains("/declarations/mine");
		assertThat(count("outbox_message where kind = 'ROUND_CLOSING' and person_id = " + taylor)).isZero();
	}

	@Test
	@Transactional
	void aMissedRoundWritesItsReminderWithItsBreach() {
		forgetReturns();
		openRound(this.today.minusDays(60), this.today.minusDays(2));
		int year = this.rounds.round(this.southvale).year();
		this.jdbc.update("delete from breach where organisation_id = ? and round_year = ?", this.southvale, year);
		this.jdbc.update("delete from outbox_message where kind = 'ROUND_CLOSED' and organisation_id = ?", this.southvale);
		SignIn.as(Role.ADMIN, this.southvale, null);

		int breaches = this.breaches.detectMissedRound(this.southvale);

		assertThat(breaches).isPositive();
		assertThat(count("outbox_message where kind = 'ROUND_CLOSED' and organisation_id = " + this.southvale))
			.isEqualTo(breaches);
		assertThat(this.breaches.detectMissedRound(this.southvale)).isZero();
		assertThat(count("outbox_message where kind = 'ROUND_CLOSED' and organisation_id = " + this.southvale))
			.isEqualTo(breaches);
	}

	@Test
	@Transactional
	void theHomePageRemindsAPostHolderOfTheRoundAndTheSecretaryOfWhoIsOutstanding() {
		forgetReturns();
		openRound(this.today.minusDays(30), this.today.plusDays(3));
		long carter = this.ids.person("ben.carter@southvale.example");

		SignIn.as(Role.MEMBER, this.southvale, carter);
		List<HomeNotice> mine = this.reminders.forCurrentUser();
		SignIn.as(Role.SECRETARY, this.southvale, null);
		List<HomeNotice> secretary = this.reminders.forCurrentUser();

		assertThat(mine).extracting(HomeNotice::key).contains("home.reminder.ROUND_CLOSING");
		assertThat(mine).filteredOn((n) -> n.key().equals("home.reminder.ROUND_CLOSING"))
			.allSatisfy((n) -> assertThat(n.urgent()).isTrue());
		assertThat(secretary).extracting(HomeNotice::key).contains("home.reminder.OUTSTANDING")
			.doesNotContain("home.reminder.ROUND_CLOSING");
	}

	@Test
	@Transactional
	void aNewPostHolderIsRemindedUntilTheyDeclare() {
		SignIn.as(Role.ADMIN, this.southvale, null);
		long post = this.jdbc.queryForObject(
				"select id from post where organisation_id = ? and title = 'Clinical member (urgent care)'", Long.class,
				this.southvale);
		long person = this.jdbc.queryForObject("""
				insert into person (organisation_id, given_name, family_name, email, profession)
				values (?, 'Hugh', 'Latimer', 'hugh.latimer@southvale.example', 'GP') returning id
				""", Long.class, this.southvale);
		LocalDate start = this.today.minusDays(35);
		this.jdbc.update("""
				insert into appointment (organisation_id, post_id, person_id, specification_id, term_start, term_end)
				select ?, id, ?, current_specification_id, ?, ? from post where id = ?
				""", this.southvale, person, start, start.plusYears(3), post);

		SignIn.as(Role.MEMBER, this.southvale, person);
		assertThat(this.reminders.forCurrentUser()).extracting(HomeNotice::key)
			.contains("home.reminder.DECLARATION_DUE");
		this.reminders.plan(this.southvale);
		assertThat(this.jdbc.queryForObject(
				"select subject from outbox_message where kind = 'DECLARATION_DUE' and person_id = ?", String.class,
				person))
			.isEqualTo("Your declaration of interests was due on " + Reminder.date(start.plusDays(28)));

		this.jdbc.update("""
				insert into declaration (organisation_id, person_id, kind, category, description, from_date,
				    declared_on, recorded_by) values (?, ?, 'FINANCIAL', 'SHAREHOLDING', 'Shares', ?, ?, 'test')
				""", this.southvale, person, start, this.today);
		assertThat(this.reminders.forCurrentUser()).extracting(HomeNotice::key)
			.doesNotContain("home.reminder.DECLARATION_DUE", "home.reminder.APPOINTED");
	}

	@Test
	void withoutSmtpMessagesWaitInTheOutbox() {
		this.transactions.executeWithoutResult((status) -> this.outbox.add(new Reminder(this.southvale, null,
				"Ben Carter", "ben.carter@southvale.example", "ROUND_OPEN", "test:nosmtp", "/declarations/mine", null, "2026",
				"1 April 2026", "30 June 2026")));
		try {
			this.sender.sendWaiting();
			assertThat(this.jdbc.queryForObject("select status from outbox_message where dedupe_key = 'test:nosmtp'",
					String.class)).isEqualTo("WAITING");
		}
		finally {
			this.jdbc.update("delete from outbox_message where dedupe_key = 'test:nosmtp'");
		}
	}

	/** Other tests may have made returns and recorded breaches; these tests start from none (rolled back). */
	private void forgetReturns() {
		this.jdbc.update("delete from round_return where organisation_id = ?", this.southvale);
		this.jdbc.update("delete from breach where organisation_id = ? and kind = 'MISSED_ROUND'", this.southvale);
	}

	private void openRound(LocalDate opens, LocalDate closes) {
		SignIn.as(Role.ADMIN, this.southvale, null);
		PctSettings current = this.settings.current();
		PctSettings values = PctSettings.values(4, 8, 2, 1, BigDecimal.ONE, 1, 2, 1, 2, 24, 48, false, 6);
		values.setRound(MonthDay.from(opens), MonthDay.from(closes));
		this.settings.update(current.getVersion(), values);
		SignIn.out();
	}

	private int count(String from) {
		return this.jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

}
