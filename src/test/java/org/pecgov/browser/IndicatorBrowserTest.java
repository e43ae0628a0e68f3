package org.pecgov.browser;

import org.junit.jupiter.api.Test;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service leads: the PEC chair's home page shows the appraisals overdue and its link opens them; the chair
 * reads the PEC's indicators and the chart of each member's attendance; the SHA viewer sorts the comparison of their
 * PCTs, opens one, reads its indicators, its terms timeline (a chart, drawn under the Content-Security-Policy) and
 * its skills heatmap, and downloads the comparison. In headless Chromium, with an accessibility check of every page,
 * at a desktop's width and a phone's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class IndicatorBrowserTest {

	@LocalServerPort
	private int port;

	@Test
	void theChairsHomeLeadsToTheOverdueAppraisalsAndTheShaViewerComparesItsPcts() {
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("chair@northshire.example", TestUsers.PASSWORD);
			assertThat(browser.text()).containsPattern("(1 appraisal you hold is|\\d+ appraisals you hold are) overdue")
				.doesNotContain("You have nothing to do at the moment.");
			browser.assertAccessible();
			browser.clickLink("Go to appraisals");
			assertThat(browser.path()).startsWith("/appraisals");
			assertThat(browser.heading()).contains("Appraisals");
			browser.assertAccessible();
			browser.clickLink("Committees");
			browser.clickLink("Indicators");
			assertThat(browser.heading()).isEqualTo("Is the PEC working?");
			assertThat(browser.text()).contains("Posts filled").contains("Attendance of each member");
			assertThat(browser.charts()).as("charts drawn of charts on the page").isEqualTo("1/1");
			browser.assertAccessible();
			browser.width(390);
			assertThat(browser.overflow()).as("too wide at 390 px: %s", browser.pastTheEdge()).isZero();
			browser.width(1280);
			browser.click(".nhsuk-header__account-button");

			browser.logIn("sha@northmidlands.example", TestUsers.PASSWORD);
			assertThat(browser.path()).startsWith("/sha");
			assertThat(browser.text()).contains("PECs are fully established").contains("PEC chairs");
			browser.assertAccessible();
			browser.clickLink("Attendance");
			assertThat(browser.path()).contains("sort=ATTENDANCE");
			assertThat(browser.find("#comparison th[aria-sort=ascending]").getText()).contains("Attendance");
			browser.assertAccessible();
			browser.width(390);
			assertThat(browser.overflow()).as("too wide at 390 px: %s", browser.pastTheEdge()).isZero();
			browser.width(1280);
			assertThat(browser.download("/sha/indicators.csv")).contains("NSH,Northshire PCT").contains("SVL,Southvale PCT");
			browser.clickLink("Southvale PCT");
			assertThat(browser.path()).isEqualTo("/sha/SVL/indicators");
			assertThat(browser.text()).contains("Posts filled").contains("Southvale PCT");
			browser.assertAccessible();
			browser.clickLink("People");
			assertThat(browser.path()).isEqualTo("/sha/SVL/terms");
			assertThat(browser.charts()).as("the terms timeline is drawn").isEqualTo("1/1");
			browser.assertAccessible();
			browser.clickLink("Skills");
			assertThat(browser.find(".pecgov-heatmap").getText()).contains("Not assessed").contains("Not covered");
			browser.assertAccessible();
		}
	}

}
