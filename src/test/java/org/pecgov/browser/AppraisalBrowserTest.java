package org.pecgov.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PEC chair opens an appraisal for a member, rates the competencies and adds a development plan item; the
 * member signs in, comments and signs; the chair signs; it is locked, the skills matrix shows the ratings and
 * the reappointment gate of the member's term shows the appraisal satisfactory.
 * In headless Chromium, with an accessibility check of every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class AppraisalBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anAppraisalIsOpenedRatedCommentedSignedAndLocked() {
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("chair@southvale.example", TestUsers.PASSWORD);
			browser.clickLink("Appraisal");
			browser.assertAccessible();
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-error-summary").getText()).contains("Choose the post holder");
			browser.assertAccessible();
			browser.select("personId", "James Whitaker");
			browser.date("periodFrom", LocalDate.now().minusYears(1).toString());
			browser.date("periodTo", LocalDate.now().toString());
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-notification-banner").getText()).contains("The appraisal has been opened");
			browser.assertAccessible();
			String appraisal = browser.path();
			// the appraisal's stages are an NHS task list, each stage a page of its own
			assertThat(browser.text()).contains("Stages of this appraisal").contains("Not started");
			browser.clickLink("Assessment");
			for (WebElement rating : browser.findAll("main select[id^=rating-]")) {
				new org.openqa.selenium.support.ui.Select(rating).selectByVisibleText("3 – shown");
			}
			browser.type("objectivesReview", "Medicines management work delivered on time.");
			browser.tick("label[for=outcome]");
			browser.clickButton("Save the assessment");
			browser.assertAccessible();
			browser.clickLink("Personal development plan");
			browser.type("need", "Chairing skills");
			browser.type("action", "Chairing course");
			browser.date("byWhen", LocalDate.now().plusMonths(6).toString());
			browser.clickButton("Add an item to the plan");
			assertThat(browser.text()).contains("Chairing course");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.logIn("member@southvale.example", TestUsers.PASSWORD);
			browser.clickLink("Appraisal");
			browser.assertAccessible();
			browser.open(appraisal);
			browser.clickLink("Self-assessment");
			browser.type("selfAssessment", "I led the community nursing work-stream.");
			browser.clickButton("Save the self-assessment");
			browser.clickLink("Member's comments");
			browser.type("memberComments", "I agree with the assessment.");
			browser.clickButton("Save the comments");
			browser.assertAccessible();
			browser.clickLink("Signatures");
			browser.clickButton("Sign the appraisal");
			assertThat(browser.text()).contains("Signed by James Whitaker");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.logIn("chair@southvale.example", TestUsers.PASSWORD);
			browser.open(appraisal + "/sign");
			browser.clickButton("Sign the appraisal");
			assertThat(browser.text()).contains("Signed by both, locked").contains("Start a new version");
			browser.assertAccessible();
			browser.open("/skills");
			assertThat(browser.text()).contains("James Whitaker");
			browser.assertAccessible();
			String term = "/appointments/" + this.jdbc.queryForObject("""
					select a.id from appointment a join person p on p.id = a.person_id
					where p.email = 'james.whitaker@southvale.example' and a.ended_on is null
					and a.term_end is not null and a.term_start <= current_date order by a.term_start desc limit 1""",
					Long.class);
			browser.open(term);
			assertThat(browser.find("#renewal-gate").getText()).contains("Satisfactory last appraisal")
				.contains("Satisfactory, in the appraisal of the year to");
			browser.assertAccessible();
			browser.open("/members/" + this.jdbc.queryForObject(
					"select id from person where email = 'james.whitaker@southvale.example'", Long.class) + "/objectives");
			browser.assertAccessible();
			browser.open("/reviews/new");
			browser.assertAccessible();
			browser.open("/training/new");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.logIn("admin@southvale.example", TestUsers.PASSWORD);
			browser.open("/remuneration");
			browser.assertAccessible();
			browser.open(term);
			browser.clickLink("Renew this term");
			assertThat(browser.find("#renewal-gate").getText()).contains("Satisfactory, in the appraisal of the year to");
			browser.assertAccessible();
			browser.date("termStart", "");
			browser.clickButton("Renew term");
			assertThat(browser.find(".nhsuk-error-summary").getText()).contains("There is a problem");
			browser.assertAccessible();
		}
	}

}
