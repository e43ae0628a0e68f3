package org.pecgov.flow;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pecgov.appointment.TermReminders;
import org.pecgov.meeting.minutes.ActionReminders;
import org.pecgov.security.Role;
import org.pecgov.support.DemoIds;
import org.pecgov.support.SignIn;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 17 §1: the emails for what is due are written to the outbox once each: an action due within 7 days and
 * overdue, a term ending within 90 and 30 days (to the holder and the administrators), a declaration recorded as
 * late, and the secretary's chase of everyone outstanding (at most once in 7 days each).
 */
@IntegrationTest
@Transactional
class DueNoticesTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ActionReminders actions;

	@Autowired
	private TermReminders terms;

	@Autowired
	private org.pecgov.appointment.vacancy.ScoreReminders scoreReminders;

	@Autowired
	private org.pecgov.appointment.vacancy.VacancyService vacancyService;

	@Autowired
	private org.pecgov.appointment.vacancy.InterviewPanel panel;

	@Autowired
	private org.pecgov.appraisal.AppraisalReminders appraisalReminders;

	@Autowired
	private org.pecgov.appraisal.review.ReviewReminders reviewReminders;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private jakarta.persistence.EntityManager entities;

	@Test
	void actionsDueOrOverdueAreRemindedOnce() {
		long pct = new DemoIds(this.jdbc).organisation("NSH");
		long owner = new DemoIds(this.jdbc).personOfUser("member@northshire.example");
		long meeting = this.jdbc.queryForObject("select min(id) from meeting where organisation_id = ?", Long.class, pct);
		long due = action(pct, meeting, owner, "Write to the trust about waiting times", LocalDate.now().plusDays(3));
		long late = action(pct, meeting, owner, "Circulate the audit report", LocalDate.now().minusDays(2));
		long far = action(pct, meeting, owner, "Plan the away day", LocalDate.now().plusDays(30));

		this.actions.remind();
		this.actions.remind();

		assertThat(count("ACTION_DUE:" + due + ":%")).isEqualTo(1);
		assertThat(count("ACTION_OVERDUE:" + late)).isEqualTo(1);
		assertThat(count("ACTION_%:" + far + "%")).isZero();
		assertThat(this.jdbc.queryForObject("select body from outbox_message where dedupe_key = ?", String.class,
				"ACTION_OVERDUE:" + late)).contains("Circulate the audit report").contains("/actions");
	}

	@Test
	void aTermEndingIsToldToItsHolderAndTheAdministratorsAt90And30Days() {
		long appointment = this.jdbc.queryForObject("""
				select min(a.id) from appointment a join organisation o on o.id = a.organisation_id
				where o.code = 'NSH' and a.ended_on is null""", Long.class);
		this.jdbc.update("update appointment set term_end = current_date + 60 where id = ?", appointment);
		this.terms.remind();
		this.terms.remind();
		assertThat(this.jdbc.queryForList("select dedupe_key from outbox_message where kind = 'TERM_ENDING'", String.class))
			.anyMatch((k) -> k.startsWith("TERM_ENDING:90:" + appointment + ":") && k.endsWith(":holder"));
		long admins = this.jdbc.queryForObject("select count(*) from app_user u join organisation o on o.id = u.organisation_id"
				+ " where o.code = 'NSH' and u.role = 'ADMIN' and u.enabled", Long.class);
		assertThat(count("TERM_ENDING:90:" + appointment + ":%:admin:%"))
			.as(this.jdbc.queryForList("select dedupe_key from outbox_message where kind = 'TERM_ENDING'", String.class).toString())
			.isEqualTo(admins)
			.isPositive();

		this.jdbc.update("update appointment set term_end = current_date + 20 where id = ?", appointment);
		this.entities.clear();
		this.terms.remind();
		assertThat(count("TERM_ENDING:30:" + appointment + ":%:holder")).isEqualTo(1);
		// another PCT's administrators are never told
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message m join organisation o on o.id = m.organisation_id"
				+ " where m.dedupe_key like ? and o.code <> 'NSH'", Long.class, "TERM_ENDING:%:" + appointment + ":%")).isZero();
	}

	@Test
	void appraisalsAndReviewsDueAreToldToTheHolderAndTheirAppraiserOnce() {
		long pct = new DemoIds(this.jdbc).organisation("NSH");
		// as on a morning before the demo's own run of the jobs
		this.jdbc.update("delete from outbox_message where kind in ('APPRAISAL_DUE', 'REVIEW_DUE')");
		int appraisals = this.appraisalReminders.remind(pct);
		int reviews = this.reviewReminders.remind(pct);

		assertThat(appraisals + reviews).isPositive();
		assertThat(this.appraisalReminders.remind(pct) + this.reviewReminders.remind(pct)).isZero();
		// to the holder and the appraiser, people of this PCT only, and never an appraisal's content
		assertThat(this.jdbc.queryForObject("""
				select count(*) from outbox_message m join person p on p.id = m.person_id
				where m.kind in ('APPRAISAL_DUE', 'REVIEW_DUE') and p.organisation_id <> m.organisation_id""", Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where kind in ('APPRAISAL_DUE', 'REVIEW_DUE')"
				+ " and organisation_id = ?", Long.class, pct)).isEqualTo(appraisals + reviews);
		assertThat(this.jdbc.queryForObject("select count(*) % 2 from outbox_message where kind = 'APPRAISAL_DUE'"
				+ " and organisation_id = ?", Long.class, pct)).isZero();
	}

	@Test
	void aPanelMemberIsToldHowManyCandidatesTheyHaveStillToScore() {
		long pct = new DemoIds(this.jdbc).organisation("NSH");
		SignIn.as(Role.ADMIN, pct, null);
		try {
			long post = this.jdbc.queryForObject("""
					select min(p.id) from post p join committee c on c.id = p.committee_id
					where p.organisation_id = ? and c.kind = 'PEC' and p.kind = 'CLINICAL_MEMBER'
					  and not exists (select 1 from vacancy v where v.post_id = p.id and v.status = 'OPEN')""", Long.class, pct);
			var vacancy = this.vacancyService.open(post, "Term ends");
			this.vacancyService.addCandidate(vacancy.getId(), new DemoIds(this.jdbc).personOfUser("member@northshire.example"),
					null);
			long panellist = new DemoIds(this.jdbc).personOfUser("chair@northshire.example");
			var seat = this.panel.addPanellist(vacancy.getId(), panellist, "Chair of the panel");

			this.scoreReminders.remind();
			this.scoreReminders.remind();

			assertThat(count("SCORES_AWAITED:" + seat.getId() + ":1")).isEqualTo(1);
			assertThat(this.jdbc.queryForObject("select person_id from outbox_message where dedupe_key = ?", Long.class,
					"SCORES_AWAITED:" + seat.getId() + ":1")).isEqualTo(panellist);
		}
		finally {
			SignIn.out();
		}
	}

	@Test
	void aLateDeclarationIsToldToTheDeclarantAtOnce() {
		assertThat(this.mvc.post()
			.uri("/declarations")
			.param("kind", "FINANCIAL")
			.param("category", "SHAREHOLDING")
			.param("description", "Shares in Hill Top Care Homes Ltd")
			.param("fromDate", LocalDate.now().minusYears(2).toString())
			.param("publishConsent", "true")
			.with(user(this.users.loadUserByUsername("member@northshire.example")))
			.with(csrf())).hasStatus(302);
		long declaration = this.jdbc.queryForObject("select id from declaration where description = ?", Long.class,
				"Shares in Hill Top Care Homes Ltd");
		assertThat(count("DECLARATION_LATE:" + declaration)).isEqualTo(1);
	}

	@Test
	void theSecretaryChasesEveryoneOutstandingAtMostOnceAWeek() {
		long pct = new DemoIds(this.jdbc).organisation("NSH");
		this.jdbc.update("update pct_settings set round_opens = '01-01', round_closes = '12-31' where organisation_id = ?",
				pct);

		assertThat(this.mvc.post()
			.uri("/interests/round/chase")
			.with(user(this.users.loadUserByUsername("secretary@northshire.example")))
			.with(csrf())).hasStatus(302).flash().extractingByKey("flashKey").isEqualTo("round.chased");
		long chased = count("ROUND_CHASE:%");
		assertThat(chased).isPositive();

		this.mvc.post()
			.uri("/interests/round/chase")
			.with(user(this.users.loadUserByUsername("secretary@northshire.example")))
			.with(csrf())
			.exchange();
		assertThat(count("ROUND_CHASE:%")).isEqualTo(chased);
		assertThat(this.mvc.post()
			.uri("/interests/round/chase")
			.with(user(this.users.loadUserByUsername("member@northshire.example")))
			.with(csrf())).hasStatus(403);
	}

	private long action(long pct, long meeting, long owner, String description, LocalDate due) {
		return this.jdbc.queryForObject("""
				insert into meeting_action (organisation_id, meeting_id, description, owner_id, due_on)
				values (?, ?, ?, ?, ?) returning id""", Long.class, pct, meeting, description, owner, due);
	}

	private long count(String key) {
		return this.jdbc.queryForObject("select count(*) from outbox_message where dedupe_key like ?", Long.class, key);
	}

}
