package org.pecgov.flow;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;
import org.pecgov.user.UserService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Home pages that lead, over real HTTP on the demo data and on a PCT just created: each role's work with a link to
 * where it is done, the set-up task list of a new PCT filling in as its administrator works, and "nothing to do"
 * only when it is true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class HomeFlowTest {

	private static final Pattern LINK_AFTER = Pattern.compile("href=\"(/appraisals[^\"]*)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserService users;

	@Test
	void theChairSeesTheAppraisalsOverdueAndTheLinkOpensThem() {
		BrowserlessSession chair = BrowserlessSession.loggedIn(this.port, "chair@southvale.example");

		Page home = chair.get("/");

		assertThat(home.body()).containsPattern("(1 appraisal you hold is|\\d+ appraisals you hold are) overdue")
			.doesNotContain("You have nothing to do at the moment.");
		String body = home.body();
		Matcher link = LINK_AFTER.matcher(body.substring(body.indexOf("you hold")));
		assertThat(link.find()).isTrue();
		Page appraisals = chair.get(link.group(1));
		assertThat(appraisals.status()).isEqualTo(200);
		assertThat(appraisals.body()).contains("Appraisals");
	}

	@Test
	void aMemberSeesTheirNextMeetingWithALinkToItsAgenda() {
		BrowserlessSession member = BrowserlessSession.loggedIn(this.port, "member@northshire.example");

		Page home = member.get("/");

		assertThat(home.body()).contains("Your next meeting:");
		Matcher agenda = Pattern.compile("href=\"(/meetings/\\d+/agenda)\"").matcher(home.body());
		assertThat(agenda.find()).isTrue();
		assertThat(member.get(agenda.group(1)).status()).isEqualTo(200);
	}

	@Test
	void aMembersOwnActionDueWithinAWeekIsOnTheirHomePage() {
		this.jdbc.update("""
				insert into meeting_action (organisation_id, meeting_id, description, owner_id, due_on)
				select u.organisation_id, (select m.id from meeting m where m.organisation_id = u.organisation_id limit 1),
				       'Circulate the prescribing figures', u.person_id, current_date + 3
				from app_user u where u.email = 'member@southvale.example'
				""");

		Page home = BrowserlessSession.loggedIn(this.port, "member@southvale.example").get("/");

		assertThat(home.body()).containsPattern("\\d+ of your actions? from meetings (is|are) due within 7 days")
			.contains("href=\"/actions?mine=true\"");
	}

	@Test
	void aNewPctsAdministratorGetsTheSetUpTaskListWhichFillsAsTheyWork() {
		String code = "H" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
		BrowserlessSession operator = BrowserlessSession.loggedIn(this.port, "operator@pecgov.example");
		operator.get("/operator/pcts/new");
		long sha = this.jdbc.queryForObject("select id from organisation where code = 'NMSHA'", Long.class);
		assertThat(operator.post("/operator/pcts", Map.of("code", code, "name", "Homeshire " + code + " PCT", "shaId",
				Long.toString(sha))).status()).isEqualTo(302);
		long pct = this.jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
		String domain = code.toLowerCase() + ".example";
		this.users.createWithPassword("admin@" + domain, "Administrator", Role.ADMIN, pct, null, TestUsers.PASSWORD);
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@" + domain);

		Page fresh = admin.get("/");

		assertThat(fresh.body()).contains("Set up your PCT")
			.contains("0 of 6 set-up tasks done.")
			.contains("href=\"/admin/users\"")
			.contains("href=\"/remuneration\"")
			.contains("href=\"/admin/settings\"")
			.doesNotContain("In progress")
			.contains("No pay rates are set")
			.contains("have never been reviewed");

		this.users.createWithPassword("chair@" + domain, "Chair", Role.CHAIR, pct, null, TestUsers.PASSWORD);
		assertThat(admin.get("/").body()).contains("In progress").contains("0 of 6 set-up tasks done.");

		this.users.createWithPassword("secretary@" + domain, "Secretary", Role.SECRETARY, pct, null,
				TestUsers.PASSWORD);
		assertThat(admin.get("/").body()).contains("1 of 6 set-up tasks done.");

		BrowserlessSession secretary = BrowserlessSession.loggedIn(this.port, "secretary@" + domain);
		assertThat(secretary.get("/").body()).contains("You have nothing to do at the moment.");
		long pec = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'",
				Long.class, pct);
		secretary.get("/meetings/new");
		LocalDate day = LocalDate.now().plusDays(10);
		Page planned = secretary.post("/meetings", Map.of("committeeId", Long.toString(pec), "type", "BUSINESS", "date",
				day.toString(), "startTime", "10:00", "place", "Homeshire House", "publicMeeting", "false"));
		assertThat(planned.status()).isEqualTo(302);
		String agenda = planned.location().replaceAll("^https?://[^/]+", "");

		Page withMeeting = secretary.get("/");

		assertThat(withMeeting.body()).contains("is not ready:")
			.contains("its agenda is not published")
			.contains("its agenda has no items")
			.contains("href=\"" + agenda + "\"")
			.doesNotContain("You have nothing to do at the moment.");
	}

}
