package org.pecgov.browser;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;
import org.pecgov.user.TotpForTests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 §4 in headless Chromium, with an accessibility check of each page, on a phone's width and a desktop's:
 * an administrator is offered a second factor at login, sets up an authenticator app from the QR code's key, keeps
 * the recovery codes, and is asked for a code at the next login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pecgov.outbox.initial-delay=P1D", "pecgov.reminders.cron=-", "pecgov.breaches.cron=-",
				"pecgov.digest.cron=-" })
@PecgovDatabase
class SecondFactorBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder encoder;

	private final String email = "factor.browser." + System.nanoTime() + "@northshire.example";

	@AfterEach
	void putBack() {
		this.jdbc.update("delete from outbox_message where recipient = ?", this.email);
		this.jdbc.update("delete from app_user where email = ?", this.email);
	}

	@Test
	void anAdministratorSetsUpAnAuthenticatorAppAndIsAskedForItsCode() {
		this.jdbc.update("insert into app_user (email, display_name, password_hash, role, organisation_id, "
				+ "must_change_password) values (?, 'Fran Factor', ?, 'ADMIN', ?, false)", this.email,
				this.encoder.encode(TestUsers.PASSWORD), new DemoIds(this.jdbc).organisation("NSH"));
		try (Browser browser = new Browser(this.port)) {
			browser.width(390);
			browser.logInOnly(this.email, TestUsers.PASSWORD);
			assertThat(browser.path()).startsWith("/account/two-factor");
			assertThat(browser.text()).contains("Your role asks for a second factor");
			browser.assertAccessible();
			assertThat(browser.overflow()).as(browser.pastTheEdge()).isZero();

			browser.clickLink("Set up a second factor");
			assertThat(browser.heading()).isEqualTo("Set up an authenticator app");
			browser.assertAccessible();
			assertThat(browser.overflow()).as(browser.pastTheEdge()).isZero();
			String key = browser.find("#secret").getText();

			browser.type("code", "12345");
			browser.click("main form button[type=submit]");
			assertThat(browser.text()).contains("There is a problem").contains("The code is not right");
			browser.assertAccessible();

			browser.type("code", TotpForTests.code(key, Instant.now()));
			browser.click("main form button[type=submit]");
			assertThat(browser.heading()).isEqualTo("Your recovery codes");
			assertThat(browser.findAll("#recovery-codes li")).hasSize(10);
			browser.assertAccessible();
			assertThat(browser.overflow()).as(browser.pastTheEdge()).isZero();
			browser.clickLink("I have kept my codes");

			browser.width(1280);
			browser.click(".nhsuk-header__account-button");
			browser.logInOnly(this.email, TestUsers.PASSWORD);
			assertThat(browser.path()).isEqualTo("/login/code");
			assertThat(browser.heading()).isEqualTo("Enter the code from your authenticator app");
			browser.assertAccessible();
			browser.open("/members");
			assertThat(browser.path()).as("nothing opens before the code").isEqualTo("/login/code");
			browser.type("code", TotpForTests.code(key, Instant.now().plusSeconds(30)));
			browser.click("main form button[type=submit]");
			assertThat(browser.path()).isEqualTo("/");
			browser.open("/account/two-factor");
			assertThat(browser.text()).contains("10 left").contains("cannot be turned off");
			browser.assertAccessible();
		}
	}

}
