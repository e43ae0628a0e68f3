package org.pecgov.browser;

import java.util.List;

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
 * On a phone (390 pixels wide) no page is wider than the window: tables are stacked (each row a block, each cell under
 * its column's heading); what still does not fit scrolls within itself, and stays accessible while it does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class PhoneWidthBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theWidestPagesFitAPhone() {
		long held = this.jdbc.queryForObject("select id from meeting where organisation_id = ? and status = 'HELD' and committee_id in (select id from committee where kind = 'PEC') "
				+ "order by meeting_date desc limit 1", Long.class, new DemoIds(this.jdbc).organisation("SVL"));
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("admin@southvale.example", TestUsers.PASSWORD);
			browser.width(390);
			for (String page : List.of("/meetings/" + held + "/attendance", "/meetings/" + held + "/minutes",
					"/remuneration", "/appraisals", "/interests/organisations", "/members", "/admin/audit")) {
				browser.open(page);
				assertThat(browser.overflow()).as("%s is wider than the window (%s) by", page, browser.pastTheEdge())
					.isLessThanOrEqualTo(0);
				browser.assertAccessible();
			}
			// stacked, as the NHS responsive table: each row a block, each cell under its column's heading
			browser.open("/members");
			assertThat(browser.script("return getComputedStyle(document.querySelector('table.pecgov-stack tbody tr')).display;"))
				.isEqualTo("block");
			assertThat(browser.find("table.pecgov-stack tbody td .pecgov-stack__heading").isDisplayed()).isTrue();
			browser.width(1280);
			browser.open("/members");
			assertThat(browser.script("return getComputedStyle(document.querySelector('table.pecgov-stack tbody tr')).display;"))
				.isEqualTo("table-row");
			assertThat(browser.find("table.pecgov-stack tbody td .pecgov-stack__heading").isDisplayed()).isFalse();
		}
	}

}
