package org.pecgov.browser;

import org.junit.jupiter.api.Test;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member declares a shareholding in a provider, and the secretary finds it by organisation, in
 * headless Chromium with an accessibility check of every page on the way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class DeclarationBrowserTest {

	@LocalServerPort
	private int port;

	@Test
	void aMemberDeclaresAShareholdingAndTheSecretaryFindsItByOrganisation() {
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("member@southvale.example", TestUsers.PASSWORD);
			browser.clickLink("Interests");
			assertThat(browser.path()).isEqualTo("/declarations/mine");
			browser.assertAccessible();
			browser.clickLink("Declare an interest");
			browser.assertAccessible();

			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-error-summary").getText()).contains("There is a problem");
			browser.assertAccessible();

			// the relationship is asked only of an interest of a close associate: revealed by that answer
			assertThat(browser.find("#relationship").isDisplayed()).isFalse();
			browser.tick("label[for=kind-INDIRECT]");
			assertThat(browser.find("#relationship").isDisplayed()).isTrue();
			browser.assertAccessible();
			browser.tick("label[for=kind]");
			assertThat(browser.find("#relationship").isDisplayed()).isFalse();
			browser.select("category", "Shareholding or other ownership");
			browser.type("description", "Shares in Southvale Community Health Ltd");
			browser.date("fromDate", java.time.LocalDate.now().minusDays(5).toString());
			browser.tick("label[for=publishConsent]");
			browser.findAll("label.nhsuk-checkboxes__label")
				.stream()
				.filter((l) -> l.getText().contains("Southvale Community Health Ltd"))
				.findFirst()
				.orElseThrow()
				.click();
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-notification-banner--success").getText()).contains("declaration has been recorded")
				.contains("once the board secretary has reviewed it");
			assertThat(browser.text()).doesNotContain("recorded as late");
			assertThat(browser.text()).contains("Shares in Southvale Community Health Ltd");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.logIn("secretary@southvale.example", TestUsers.PASSWORD);
			// issue 17 §5: the declaration waits for the secretary's review before the public sees it
			browser.open("/interests/review");
			browser.assertAccessible();
			browser.clickLink("James Whitaker");
			assertThat(browser.text()).contains("Shares in Southvale Community Health Ltd").contains("Waiting for review");
			browser.assertAccessible();
			browser.click("form[action$='/publish'] button[type=submit]");
			assertThat(browser.find(".nhsuk-notification-banner--success").getText())
				.contains("The declaration has been published");
			browser.open("/interests/organisations");
			browser.assertAccessible();
			browser.clickLink("Southvale Community Health Ltd");
			assertThat(browser.text()).contains("James Whitaker").contains("Shares in Southvale Community Health Ltd");
			browser.assertAccessible();
			browser.open("/interests?q=whitaker");
			assertThat(browser.text()).contains("Shares in Southvale Community Health Ltd");
			browser.assertAccessible();
			browser.open("/interests/withholding");
			browser.assertAccessible();
			browser.open("/gifts");
			browser.assertAccessible();

			browser.open("/interests");
			browser.clickLink("The published register, as the public sees it");
			assertThat(browser.text()).contains("Register of interests")
				.contains("James Whitaker")
				.contains("Shares in Southvale Community Health Ltd")
				.doesNotContain("@southvale.example");
			browser.assertAccessible();
			browser.clickLink("Gifts and hospitality register");
			browser.assertAccessible();
		}
	}

}
