package org.pecgov.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's day with the member register, in headless Chromium, with an accessibility
 * check of every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class MemberRegisterBrowserTest {

	@LocalServerPort
	private int port;

	@Test
	void adminAddsFindsAndEditsAMemberAndSeesTheChangeInItsHistory() {
		try (Browser browser = new Browser(this.port)) {
			browser.open("/members");
			assertThat(browser.path()).isEqualTo("/login");
			assertThat(browser.heading()).isEqualTo("Log in to PEC governance");
			browser.assertAccessible();

			browser.type("username", "admin@northshire.example");
			browser.type("password", "not the password");
			browser.click("button[type=submit]");
			assertThat(browser.find(".nhsuk-error-summary").getText()).contains("There is a problem");
			browser.assertAccessible();

			browser.type("username", "admin@northshire.example");
			browser.type("password", TestUsers.PASSWORD);
			browser.click("main button[type=submit]");
			assertThat(browser.heading()).isEqualTo("Second factor");
			browser.clickLink("Not now, go to the home page");
			assertThat(browser.heading()).isEqualTo("Northshire PCT");
			browser.assertAccessible();

			browser.clickLink("People");
			assertThat(browser.heading()).isEqualTo("Member register");
			browser.assertAccessible();

			browser.clickLink("Add a member");
			browser.assertAccessible();
			browser.type("givenName", "Imogen");
			browser.type("familyName", "Browserley");
			browser.type("email", "imogen.browserley@northshire.example");
			new Select(browser.find("#profession")).selectByVisibleText("General practitioner");
			new Select(browser.find("#registrationBody")).selectByVisibleText("GMC");
			browser.type("registrationNumber", "123456");
			browser.tick("label[for=practising]");
			browser.type("patientFacingDays", "3");
			browser.click("main form button[type=submit]");

			assertThat(browser.find(".nhsuk-error-summary").getText()).contains("Enter a GMC number of 7 digits");
			assertThat(browser.find("#registrationNumber-error").getText()).contains("Enter a GMC number of 7 digits");
			assertThat(browser.find("#familyName").getAttribute("value")).isEqualTo("Browserley");
			browser.assertAccessible();

			browser.type("registrationNumber", "1234567");
			browser.click("main form button[type=submit]");
			assertThat(browser.heading()).contains("Imogen Browserley");
			assertThat(browser.find(".nhsuk-notification-banner").getText()).contains("has been added");
			browser.assertAccessible();

			// the next steps lead on: the post is chosen first, and the appointment form comes with the person chosen
			String hub = browser.path();
			browser.clickLink("Appoint them to a post");
			assertThat(browser.heading()).isEqualTo("Which post is Imogen Browserley to be appointed to?");
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-error-summary").getText()).contains("Choose the post to appoint them to");
			browser.assertAccessible();
			browser.tick("main .nhsuk-radios__item:first-child label");
			browser.click("main form button[type=submit]");
			assertThat(new Select(browser.find("#personId")).getFirstSelectedOption().getText()).contains("Browserley, Imogen");
			browser.assertAccessible();
			browser.open(hub);

			browser.clickLink("Members");
			browser.type("q", "browserley");
			browser.click("form[role=search] button");
			assertThat(browser.findAll("tbody tr")).hasSize(1);
			browser.clickLink("Browserley, Imogen");

			browser.clickLink("Edit member");
			browser.assertAccessible();
			browser.type("phone", "01632 960 555");
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-notification-banner").getText()).contains("has been updated");
			assertThat(browser.text()).contains("01632 960 555");
			assertThat(browser.find("table").getText()).contains("Changed").contains("Phone number").contains("01632 960 555");
			browser.assertAccessible();

			browser.open("/members/999999");
			assertThat(browser.heading()).isEqualTo("Page not found");
			browser.assertAccessible();

			browser.click(".nhsuk-header__account-button");
			assertThat(browser.path()).isEqualTo("/login?logout");
			assertThat(browser.text()).contains("You have logged out");
			browser.assertAccessible();
		}
	}

}
