package org.pecgov.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator fills the PEC's vacant clinical post by interview, in headless Chromium, with an
 * accessibility check of every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class AppointmentBrowserTest {

	@LocalServerPort
	private int port;

	@Test
	void adminOpensAVacancyInterviewsTwoCandidatesAndAppointsOne() {
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("admin@northshire.example", TestUsers.PASSWORD);
			browser.clickLink("Committees");
			browser.assertAccessible();
			browser.clickLink("Professional Executive Committee");
			browser.assertAccessible();
			browser.clickLink("See the composition");
			assertThat(browser.text()).contains("Clinical member (urgent care)").contains("Vacant");
			browser.assertAccessible();
			String forecastBefore = forecast(browser);

			browser.clickLink("Open a vacancy");
			browser.assertAccessible();
			browser.click("main form button[type=submit]");
			assertThat(browser.heading()).contains("Clinical member (urgent care)");
			browser.assertAccessible();

			// the vacancy's stages are an NHS task list, each stage a page of its own
			assertThat(browser.text()).contains("Stages of this appointment").contains("Cannot start yet");
			browser.clickLink("Candidates");
			browser.selectContaining("candidate-personId", "Greene");
			browser.clickButton("Add candidate");
			browser.selectContaining("candidate-personId", "Evans");
			browser.clickButton("Add candidate");
			browser.click("main .nhsuk-breadcrumb__list li:nth-child(2) a");
			browser.clickLink("Interview panel");
			for (String[] panellist : new String[][] { { "Bennett", "Chief executive" }, { "Ashworth", "PCT chair" },
					{ "McLeod", "Professional representative" } }) {
				browser.selectContaining("panel-personId", panellist[0]);
				browser.type("panel-panelRole", panellist[1]);
				browser.clickButton("Add to the panel");
			}
			assertThat(browser.text()).contains("Catherine Ashworth");
			browser.assertAccessible();
			browser.click("main .nhsuk-breadcrumb__list li:nth-child(2) a");
			browser.clickLink("Scores");
			assertThat(browser.text()).contains("Rachel Greene").contains("Mark Evans");

			boolean first = true;
			for (String link : browser.hrefs("a[href*='/scores?panellist=']")) {
				browser.openUrl(link);
				if (first) {
					browser.assertAccessible();
				}
				boolean greene = browser.text().contains("Rachel Greene");
				browser.clickAll(greene ? "input[type=radio][value='4']" : "input[type=radio][value='2']");
				browser.click("main form button[type=submit]");
				if (first) {
					assertThat(browser.find(".nhsuk-notification-banner").getText()).contains("scores have been saved");
					first = false;
				}
			}
			assertThat(browser.text()).contains("4.0").contains("2.0");

			browser.click("main .nhsuk-breadcrumb__list li:nth-child(2) a");
			browser.clickLink("Decision");
			browser.tick("label[for=candidateId]");
			browser.type("reasons", "Strongest evidence on every competency the post requires.");
			browser.date("termStart", "2026-11-01");
			browser.date("termEnd", "2029-10-31");
			browser.clickButton("Appoint this candidate");
			assertThat(browser.text()).contains("Rachel Greene").contains("Clinical member (urgent care)");
			browser.assertAccessible();

			browser.clickLink("Committees");
			browser.clickLink("Professional Executive Committee");
			browser.clickLink("See the composition");
			List<WebElement> tables = browser.findAll("main table");
			assertThat(tables.get(tables.size() - 1).getText()).contains("Rachel Greene");
			assertThat(forecast(browser)).isNotEqualTo(forecastBefore);
			browser.clickLink("People");
			browser.clickLink("Terms");
			assertThat(browser.text()).contains("Q4 2029");
			browser.assertAccessible();
			browser.clickLink("Skills");
			assertThat(browser.text()).contains("Rachel Greene");
			browser.assertAccessible();
		}
	}

	private static String forecast(Browser browser) {
		browser.open("/terms");
		String table = browser.findAll("table").get(browser.findAll("table").size() - 1).getText();
		browser.open("/committees");
		browser.clickLink("Professional Executive Committee");
		browser.clickLink("See the composition");
		return table;
	}

}
