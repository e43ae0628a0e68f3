package org.pecgov.flow;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pecgov.appointment.TermReminders;
import org.pecgov.appraisal.AppraisalReminders;
import org.pecgov.appraisal.review.ReviewReminders;
import org.pecgov.meeting.minutes.ActionReminders;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily email jobs as the scheduler runs them (no transaction around them, no user signed in): each writes its
 * emails. A bug fixed: they called their own transactional method, so no transaction opened and nothing was
 * written.
 */
@IntegrationTest
class DailyJobsTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ActionReminders actions;

	@Autowired
	private TermReminders terms;

	@Autowired
	private AppraisalReminders appraisals;

	@Autowired
	private ReviewReminders reviews;

	private Long action;

	private Long appointment;

	private LocalDate termEnd;

	/**
	 * Free the jobs' locks: a context of another test whose scheduler is on may have run a job (at 07:00) and hold
	 * its lock for its five minutes. A bug fixed: this test failed when the suite ran across 07:00.
	 */
	@org.junit.jupiter.api.BeforeEach
	void freeTheLocks() {
		this.jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second'"
				+ " where name in ('action-reminders', 'term-reminders', 'appraisal-reminders', 'review-reminders')");
	}

	@AfterEach
	void putBack() {
		if (this.action != null) {
			this.jdbc.update("delete from outbox_message where dedupe_key like ?", "ACTION_%:" + this.action + "%");
			this.jdbc.update("delete from meeting_action where id = ?", this.action);
		}
		if (this.appointment != null) {
			this.jdbc.update("update appointment set term_end = ? where id = ?", this.termEnd, this.appointment);
			this.jdbc.update("delete from outbox_message where dedupe_key like ?", "TERM_ENDING:%:" + this.appointment + ":%");
		}
		this.jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second'"
				+ " where name in ('action-reminders', 'term-reminders', 'appraisal-reminders', 'review-reminders')");
	}

	@Test
	void eachDailyJobWritesItsEmailsWhenTheSchedulerRunsIt() {
		long pct = new DemoIds(this.jdbc).organisation("SVL");
		long owner = new DemoIds(this.jdbc).personOfUser("member@southvale.example");
		long meeting = this.jdbc.queryForObject("select min(id) from meeting where organisation_id = ?", Long.class, pct);
		this.action = this.jdbc.queryForObject("""
				insert into meeting_action (organisation_id, meeting_id, description, owner_id, due_on)
				values (?, ?, 'Send the audit plan', ?, current_date + 2) returning id""", Long.class, pct, meeting, owner);
		this.appointment = this.jdbc.queryForObject(
				"select min(id) from appointment where organisation_id = ? and ended_on is null and term_end is not null",
				Long.class, pct);
		this.termEnd = this.jdbc.queryForObject("select term_end from appointment where id = ?", LocalDate.class,
				this.appointment);
		this.jdbc.update("update appointment set term_end = current_date + 45 where id = ?", this.appointment);
		this.jdbc.update("delete from outbox_message where organisation_id = ? and kind in ('APPRAISAL_DUE', 'REVIEW_DUE')",
				pct);

		this.actions.remindDaily();
		this.terms.remindDaily();
		this.appraisals.remindDaily();
		this.reviews.remindDaily();

		assertThat(count("ACTION_DUE:" + this.action + ":%")).isEqualTo(1);
		assertThat(count("TERM_ENDING:90:" + this.appointment + ":%:holder")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where organisation_id = ?"
				+ " and kind in ('APPRAISAL_DUE', 'REVIEW_DUE')", Long.class, pct)).isPositive();
	}

	private long count(String key) {
		return this.jdbc.queryForObject("select count(*) from outbox_message where dedupe_key like ?", Long.class, key);
	}

}
