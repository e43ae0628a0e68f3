package org.pecgov.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.committee.SpecificationDetails;
import org.pecgov.security.Role;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.SignIn;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers a PCT can trust, in headless Chromium: the administrator gives the PEC chair a second post on the
 * PEC, is warned, confirms, is told at once which rule is now broken, and the composition counts her once;
 * the PEC chair appraises the PEC's clinical members but not the PCT chair.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class CompositionBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PostService posts;

	@Test
	void thePecChairInASecondPostIsCountedOnceAndAppraisesOnlyThoseAccountableToHer() {
		Long svl = this.jdbc.queryForObject("select id from organisation where code = 'SVL'", Long.class);
		Long pec = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'",
				Long.class, svl);
		// a post of its own, that no other story fills
		SignIn.as(Role.ADMIN, svl, null);
		Long post = this.posts.create(pec, PostKind.CLINICAL_MEMBER, "Clinical member (mental health " + System.nanoTime()
				+ ")", new SpecificationDetails("Leads on mental health services.", null, null, new BigDecimal("1"), null,
						Map.of())).getId();
		SignIn.out();
		LocalDate today = LocalDate.now();
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("admin@southvale.example", TestUsers.PASSWORD);
			browser.open("/committees/" + pec + "/composition");
			String clinical = clinicalMembers(browser.text());
			browser.open("/appointments/new?post=" + post);
			browser.selectContaining("personId", "Pritchard");
			browser.date("termStart", today.toString());
			browser.date("termEnd", today.plusYears(3).minusDays(1).toString());
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-error-summary").getText())
				.contains("Owen Pritchard already holds another post on this committee");
			assertThat(browser.heading()).startsWith("Appoint");
			browser.assertAccessible();

			browser.type("secondPostReason", "Leads the mental health review until a clinical member is appointed.");
			browser.click("main form button[type=submit]");
			assertThat(browser.path()).startsWith("/appointments/");
			String banner = browser.find(".nhsuk-notification-banner:not(.nhsuk-notification-banner--success)")
				.getText();
			assertThat(banner).contains("The PEC no longer meets these rules").contains("One post each");
			browser.assertAccessible();

			browser.clickLink("See the PEC's composition");
			assertThat(browser.path()).isEqualTo("/committees/" + pec + "/composition");
			// she is counted once: as many clinical members as before
			assertThat(clinicalMembers(browser.text())).isEqualTo(clinical);
			assertThat(browser.text()).contains("Holding more than one post, each counted once: Owen Pritchard (2)");
			browser.assertAccessible();
		}
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("chair@southvale.example", TestUsers.PASSWORD);
			browser.open("/appraisals");
			assertThat(browser.text()).contains("James Whitaker").doesNotContain("Anthony Booth");
			browser.assertAccessible();
		}
	}

	private static String clinicalMembers(String page) {
		Matcher count = Pattern.compile("(\\d+) clinical members").matcher(page);
		assertThat(count.find()).as("the count of clinical members, on: %s", page).isTrue();
		return count.group(1);
	}

}
