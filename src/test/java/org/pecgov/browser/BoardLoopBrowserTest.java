package org.pecgov.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From PEC to Board in headless Chromium (issue 16), with an accessibility check of every page: a member proposes an
 * item; the secretary declines it with a reason, reads the recommendations and the statement sent with one, plans a
 * Board meeting and puts the waiting recommendation on its agenda in one step; the administrator reads the PbC
 * assessment sub-committee's terms of reference and its form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class BoardLoopBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRecommendationGoesToTheBoardAndAProposalIsAnswered() {
		long northshire = new DemoIds(this.jdbc).organisation("NSH");
		long coming = this.jdbc.queryForObject("select id from meeting where organisation_id = ? and status = "
				+ "'AGENDA_PUBLISHED' and committee_id in (select id from committee where kind = 'PEC') "
				+ "order by meeting_date limit 1", Long.class, northshire);
		long pbc = this.jdbc.queryForObject("select id from committee where organisation_id = ? and pbc_assessment",
				Long.class, northshire);
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("member@northshire.example", TestUsers.PASSWORD);
			browser.open("/meetings/" + coming + "/agenda");
			browser.clickLink("Propose an item for this meeting");
			browser.assertAccessible();
			browser.clickButton("Propose the item");
			assertThat(browser.text()).contains("Enter the title of the item");
			browser.assertAccessible();
			browser.type("title", "Pharmacy opening hours");
			browser.tick("label[for=purpose]");
			browser.clickButton("Propose the item");
			assertThat(browser.text()).contains("Pharmacy opening hours").contains("Waiting for the secretary");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.logIn("secretary@northshire.example", TestUsers.PASSWORD);
			browser.open("/meetings/" + coming + "/agenda/proposals");
			browser.assertAccessible();
			browser.click("a[href$='/agenda/proposals/" + this.jdbc.queryForObject(
					"select max(id) from item_proposal where meeting_id = ?", Long.class, coming) + "']");
			browser.assertAccessible();
			browser.type("because", "The council's pharmacy review reports first.");
			browser.clickButton("Decline");
			assertThat(browser.text()).contains("Declined").contains("The council's pharmacy review reports first.");

			browser.open("/recommendations");
			assertThat(browser.text()).contains("Sent to the Board").contains("Accepted by the Board");
			browser.assertAccessible();
			browser.clickLink("That the Board renews the community services contract for two years.");
			assertThat(browser.text()).contains("Statement of conflicts of interest");
			browser.assertAccessible();

			browser.open("/meetings/new");
			browser.select("committeeId", "PCT Board");
			browser.select("type", "Board meeting");
			browser.date("date", LocalDate.now().plusDays(30).toString());
			browser.date("startTime", "10:00");
			browser.type("place", "Northshire House");
			browser.tick("label[for=publicMeeting]");
			browser.click("main form button[type=submit]");
			browser.clickLink("Recommendations from the PEC");
			assertThat(browser.text()).contains("Waiting for a Board agenda");
			browser.assertAccessible();
			browser.clickButton("Add them to the agenda");
			assertThat(browser.text()).contains("Recommendations added to the agenda: 1")
				.contains("Recommendation of the Professional Executive Committee");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.logIn("admin@northshire.example", TestUsers.PASSWORD);
			browser.open("/committees/" + pbc);
			assertThat(browser.text()).contains("Reports to").contains("its recommendations go straight to the Board");
			browser.assertAccessible();
			browser.open("/committees/" + pbc + "/edit");
			browser.assertAccessible();
			browser.open("/committees/" + pbc + "/composition");
			assertThat(browser.text()).contains("Chaired by a non-executive director");
			browser.assertAccessible();
		}
	}

}
