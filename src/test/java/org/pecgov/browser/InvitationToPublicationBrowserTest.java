package org.pecgov.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's story in headless Chromium, with an accessibility check of each page: an administrator invites a new
 * user; they follow the emailed link, set a password and declare an interest; the secretary reviews it and
 * publishes it in edited words; and the PCT's public home leads to the register that shows it. The service is set
 * up to send email (to a server that is never reached: the outbox keeps the invitation until it is sent, and the
 * test reads it there as the recipient would in their inbox).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=1", "pecgov.outbox.initial-delay=P1D",
				"pecgov.reminders.cron=-", "pecgov.breaches.cron=-", "pecgov.digest.cron=-" })
@PecgovDatabase
class InvitationToPublicationBrowserTest {

	private static final Pattern LINK = Pattern.compile("(/set-password/[A-Za-z0-9_-]{43})");

	@LocalServerPort
	private int port;

	private String email;

	/** The story leaves the shared demo data as it found it: other tests count on who has declared what. */
	@org.junit.jupiter.api.AfterEach
	void putBack() {
		this.jdbc.update("delete from breach where declaration_id in (select id from declaration where description like 'Shares in Vale Diagnostics%')");
		this.jdbc.update("delete from declaration_organisation where declaration_id in (select id from declaration where description like 'Shares in Vale Diagnostics%')");
		this.jdbc.update("delete from declaration where description like 'Shares in Vale Diagnostics%'");
		this.jdbc.update("delete from outbox_message where body like '%Vale Diagnostics%'");
		if (this.email != null) {
			this.jdbc.update("delete from outbox_message where recipient = ?", this.email);
			this.jdbc.update("delete from app_user where email = ?", this.email);
		}
	}

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aNewUserIsInvitedDeclaresAndThePublicSeesTheReviewedWording() {
		String[] names = this.jdbc.queryForObject("""
				select p.given_name || '|' || p.family_name from person p
				join organisation o on o.id = p.organisation_id
				join post_holding h on h.person_id = p.id and h.first_day <= current_date
				                    and (h.last_day is null or h.last_day >= current_date)
				where o.code = 'SVL' and p.retired_on is null
				  and not exists (select 1 from app_user u where u.person_id = p.id)
				order by p.family_name limit 1""", String.class).split("\\|");
		String person = names[0] + " " + names[1];
		String email = "invited." + System.nanoTime() + "@southvale.example";
		this.email = email;
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("admin@southvale.example", TestUsers.PASSWORD);
			browser.open("/admin/users/new");
			browser.type("email", email);
			browser.type("displayName", person);
			browser.select("role", "PEC member");
			browser.selectContaining("personId", names[1] + ", " + names[0]);
			browser.click("main form button[type=submit]");
			assertThat(browser.text()).contains("Invitation sent").contains(email);
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			String body = this.jdbc.queryForObject(
					"select body from outbox_message where recipient = ? and kind = 'INVITATION'", String.class, email);
			Matcher link = LINK.matcher(body);
			assertThat(link.find()).isTrue();
			browser.open(link.group(1));
			assertThat(browser.text()).contains("Set your password").contains(email);
			browser.assertAccessible();
			browser.type("newPassword", "marigold ferry lantern 58");
			browser.type("confirmPassword", "marigold ferry lantern 59");
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-error-summary").getText()).contains("The passwords do not match");
			browser.assertAccessible();
			browser.type("newPassword", "marigold ferry lantern 58");
			browser.type("confirmPassword", "marigold ferry lantern 58");
			browser.click("main form button[type=submit]");
			assertThat(browser.text()).contains("Your password has been set");

			browser.logIn(email, "marigold ferry lantern 58");
			browser.open("/declarations/new");
			browser.tick("label[for=kind]");
			browser.select("category", "Shareholding or other ownership");
			browser.type("description", "Shares in Vale Diagnostics Ltd, 4,000 ordinary shares held by my pension trust");
			browser.date("fromDate", java.time.LocalDate.now().minusDays(3).toString());
			browser.tick("label[for=publishConsent]");
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-notification-banner--success").getText())
				.contains("once the board secretary has reviewed it");
			assertThat(browser.text()).contains("Waiting for review before it is published");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.logIn("secretary@southvale.example", TestUsers.PASSWORD);
			browser.open("/interests/review");
			browser.assertAccessible();
			assertThat(browser.text()).contains(person);
			long declaration = this.jdbc.queryForObject("select id from declaration where description like 'Shares in Vale Diagnostics%'",
					Long.class);
			browser.open("/interests/review/" + declaration);
			browser.assertAccessible();
			browser.type("publicDescription", "Shares in Vale Diagnostics Ltd");
			browser.click("form[action$='/publish'] button[type=submit]");
			assertThat(browser.find(".nhsuk-notification-banner--success").getText()).contains("edited wording");
			browser.click(".nhsuk-header__account-button");

			browser.open("/public/SVL");
			assertThat(browser.text()).contains("our Professional Executive Committee").contains("Who sits on the PEC");
			browser.assertAccessible();
			browser.clickLink("Register of interests");
			assertThat(browser.text()).contains(person)
				.contains("Shares in Vale Diagnostics Ltd")
				.doesNotContain("pension trust");
			browser.assertAccessible();
			assertThat(browser.find(".nhsuk-header__service-logo").getAttribute("href")).endsWith("/public/SVL");
		}
	}

}
