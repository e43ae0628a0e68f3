package org.pecgov.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: by keyboard alone (Tab, Enter, the arrow keys, typing), an administrator adds a member with one date
 * wrong, fixes it, appoints them through the vacancy's task list, and gives them a login from their record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class KeyboardOnlyBrowserTest {

	/** The breadcrumb back to the vacancy from any of its stage pages. */
	private static final String VACANCY_CRUMB = "main .nhsuk-breadcrumb__list li:nth-child(2) a";


	private static final String EMAIL = "keyboard.story@southvale.example";

	private static final String POST = "Clinical member (keyboard story)";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from outbox_message where recipient = ?", EMAIL);
		this.jdbc.update("delete from app_user where email = ?", EMAIL);
	}

	@Test
	void anAdministratorAddsAMemberFixesADateAppointsThemAndGivesThemALoginByKeyboard() {
		long southvale = new DemoIds(this.jdbc).organisation("SVL");
		long pec = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'",
				Long.class, southvale);
		List<Long> competencies = this.jdbc.queryForList(
				"select id from competency where organisation_id = ? and not retired order by position, id limit 2",
				Long.class, southvale);
		// a post of its own, so that no other test's appointment fills it
		BrowserlessSession setUp = BrowserlessSession.loggedIn(this.port, "admin@southvale.example");
		setUp.get("/posts/new?committee=" + pec);
		BrowserlessSession.Page created = setUp.post("/posts?committee=" + pec,
				Map.of("kind", "CLINICAL_MEMBER", "title", POST, "purpose", "Leads on a story told by keyboard.",
						"daysPerWeek", "1", "requirements[" + competencies.get(0) + "]", "ESSENTIAL",
						"requirements[" + competencies.get(1) + "]", "DESIRABLE"));
		assertThat(created.status()).isEqualTo(302);
		long post = Long.parseLong(created.location().replaceAll("^.*/posts/(\\d+).*$", "$1"));
		List<String> panel = this.jdbc.queryForList("select family_name from person where email in (?, ?, ?) order by id",
				String.class, "richard.lowe@southvale.example", "anthony.booth@southvale.example",
				"ahmed.karim@southvale.example");

		try (Browser browser = new Browser(this.port)) {
			browser.logIn("admin@southvale.example", TestUsers.PASSWORD);

			// People, then Add a member
			browser.tabTo("nav.nhsuk-header__navigation a[href='/members']");
			browser.enterAndWait();
			browser.tabTo("main a[href='/members/new']");
			browser.enterAndWait();
			browser.tabAndType("#givenName", "Kerry");
			browser.tabAndType("#familyName", "Keyboard");
			browser.tabAndType("#email", EMAIL);
			browser.tabAndChoose("#profession", "General practitioner");
			browser.tabAndChoose("#registrationBody", "GMC");
			browser.tabAndType("#registrationNumber", "7654321");
			browser.tabTo("#practising");
			browser.keys(Keys.SPACE);
			browser.tabAndType("#patientFacingDays", "2");
			browser.tabAndType("#startDate", "1");
			browser.tabAndType("#startDate-month", "13");
			browser.tabAndType("#startDate-year", "2026");
			browser.tabTo("main form button[type=submit]");
			browser.enterAndWait();

			// the wrong part is named, and the error summary leads to its box
			assertThat(browser.find(".nhsuk-error-summary").getText())
				.contains("Start date must be a real date: the month is a number from 1 to 12");
			assertThat(browser.find("#startDate-month").getAttribute("class")).contains("nhsuk-input--error");
			assertThat(browser.find("#startDate").getAttribute("class")).doesNotContain("nhsuk-input--error");
			assertThat(browser.find("#givenName").getAttribute("value")).isEqualTo("Kerry");
			browser.tabTo(".nhsuk-error-summary a[href='#startDate-month']");
			browser.keys(Keys.ENTER);
			assertThat(browser.focused()).startsWith("INPUT#startDate-month");
			browser.tabAndType("#startDate-month", "4");
			browser.tabTo("main form button[type=submit]");
			browser.enterAndWait();
			assertThat(browser.heading()).contains("Kerry Keyboard");
			long person = Long.parseLong(browser.path().replaceAll("^/members/(\\d+).*$", "$1"));
			assertThat(this.jdbc.queryForObject("select start_date from person where id = ?", java.sql.Date.class, person))
				.hasToString("2026-04-01");

			// appointed through the vacancy's task list
			browser.open("/posts/" + post);
			browser.tabTo("main a[href='/vacancies/new?post=" + post + "']");
			browser.enterAndWait();
			browser.tabTo("main form button[type=submit]");
			browser.enterAndWait();
			assertThat(browser.text()).contains("Stages of this appointment");
			browser.tabTo("main .nhsuk-task-list a[href$='/candidates']");
			browser.enterAndWait();
			browser.tabAndChoose("#candidate-personId", "Keyboard");
			browser.tabTo("main form[action$='/candidates'] button[type=submit]");
			browser.enterAndWait();
			browser.tabTo(VACANCY_CRUMB);
			browser.enterAndWait();
			browser.tabTo("main .nhsuk-task-list a[href$='/panel']");
			browser.enterAndWait();
			for (String panellist : panel) {
				browser.tabAndChoose("#panel-personId", panellist);
				browser.tabAndType("#panel-panelRole", "Panel");
				browser.tabTo("main form[action$='/panel'] button[type=submit]");
				browser.enterAndWait();
			}
			browser.tabTo(VACANCY_CRUMB);
			browser.enterAndWait();
			browser.tabTo("main .nhsuk-task-list a[href$='/candidates']");
			browser.enterAndWait();
			String candidates = browser.path();
			List<String> scoring = browser.links("main a[href*='/scores?panellist=']");
			assertThat(scoring).hasSize(panel.size());
			for (String link : scoring) {
				browser.open(candidates);
				browser.tabTo("main a[href='" + link + "']");
				browser.enterAndWait();
				for (long competency : competencies) {
					browser.tabTo("input[name='scores[" + competency + "]']");
					browser.keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN); // from 1 to 3
				}
				browser.tabTo("main form button[type=submit]");
				browser.enterAndWait();
				assertThat(browser.text()).as("scored at %s", link).contains("scores have been saved");
			}
			browser.tabTo(VACANCY_CRUMB);
			browser.enterAndWait();
			browser.tabTo("main .nhsuk-task-list a[href$='/decision']");
			browser.enterAndWait();
			browser.tabTo("#candidateId");
			browser.keys(Keys.SPACE);
			browser.tabAndType("#reasons", "Met every competency the post requires, by keyboard.");
			String today = java.time.LocalDate.now().toString();
			String[] start = today.split("-");
			browser.tabAndType("#termStart", String.valueOf(Integer.parseInt(start[2])));
			browser.tabAndType("#termStart-month", String.valueOf(Integer.parseInt(start[1])));
			browser.tabAndType("#termStart-year", start[0]);
			browser.tabAndType("#termEnd", String.valueOf(Integer.parseInt(start[2])));
			browser.tabAndType("#termEnd-month", String.valueOf(Integer.parseInt(start[1])));
			browser.tabAndType("#termEnd-year", String.valueOf(Integer.parseInt(start[0]) + 3));
			browser.tabTo("main form[action$='/decision'] button[type=submit]");
			browser.enterAndWait();
			assertThat(browser.text()).contains("Kerry Keyboard").contains(POST);

			// a login from the member's record
			browser.open("/members/" + person);
			browser.tabTo("main a[href='/admin/users/new?person=" + person + "']");
			browser.enterAndWait();
			assertThat(browser.find("#email").getAttribute("value")).isEqualTo(EMAIL);
			browser.tabAndChoose("#role", "member");
			browser.tabTo("main form button[type=submit]");
			browser.enterAndWait();
			assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ? and person_id = ?",
					Integer.class, EMAIL, person)).isEqualTo(1);
			browser.assertAccessible();
		}
	}

}
