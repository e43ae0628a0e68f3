package org.pecgov.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary builds an agenda with an item concerning a provider in which a GP member holds shares; the
 * member is flagged; the chair records that she leaves for the item; the meeting is held and minuted, and
 * the statement shows the conflict; in headless Chromium, with an accessibility check of every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class MeetingBrowserTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aConflictIsFlaggedHandledAndStatedInTheMinutes() {
		long nadia = new DemoIds(this.jdbc).person("nadia.rahman@southvale.example");
		try (Browser browser = new Browser(this.port)) {
			browser.logIn("secretary@southvale.example", TestUsers.PASSWORD);
			browser.clickLink("Meetings");
			browser.assertAccessible();
			browser.clickLink("Plan a meeting");
			browser.assertAccessible();
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-error-summary").getText()).contains("Choose the committee that meets");
			browser.assertAccessible();

			browser.select("committeeId", "Professional Executive Committee");
			browser.date("date", LocalDate.now().plusDays(10).toString());
			browser.date("startTime", "10:00");
			browser.type("place", "Southvale House");
			browser.tick("label[for=publicMeeting]");
			browser.click("main form button[type=submit]");
			assertThat(browser.find(".nhsuk-notification-banner").getText()).contains("The meeting has been planned");
			browser.assertAccessible();
			String meeting = browser.path().replace("/agenda", "");
			long meetingId = Long.parseLong(meeting.substring("/meetings/".length()));

			browser.clickLink("Add an item");
			browser.assertAccessible();
			browser.type("title", "Community services contract");
			browser.tick("label[for=purpose]");
			browser.tick("label[for=publicItem]");
			browser.findAll("label.nhsuk-checkboxes__label")
				.stream()
				.filter((l) -> l.getText().contains("Southvale Community Health Ltd"))
				.findFirst()
				.orElseThrow()
				.click();
			browser.click("main form button[type=submit]");
			assertThat(browser.text()).contains("1. Community services contract").containsPattern("\\d+ (person|people) flagged");
			browser.assertAccessible();
			long item = this.jdbc.queryForObject("select id from agenda_item where meeting_id = ?", Long.class,
					meetingId);

			browser.clickLink("Overview");
			browser.assertAccessible();
			browser.clickLink("Attendance");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.logIn("chair@southvale.example", TestUsers.PASSWORD);
			browser.open(meeting + "/conflicts");
			assertThat(browser.text()).contains("Nadia Rahman").contains("Shares in a community services provider");
			browser.assertAccessible();
			browser.tick("label[for=plan-" + item + "-" + nadia + "-LEAVES]");
			browser.type("note-" + item + "-" + nadia, "Holds shares in the provider");
			browser.click("button[aria-label='Save the plan: Nadia Rahman']");
			assertThat(browser.find(".nhsuk-notification-banner").getText()).contains("The plan has been saved");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.logIn("secretary@southvale.example", TestUsers.PASSWORD);
			browser.open(meeting);
			browser.clickLink("Publish the agenda");
			assertThat(browser.text()).contains("What members will see").contains("has no papers");
			browser.assertAccessible();
			browser.clickButton("Confirm and publish the agenda");
			assertThat(browser.text()).contains("Confirm that you want to publish the agenda even though");
			browser.tick("label[for=confirmed]");
			browser.clickButton("Confirm and publish the agenda");
			assertThat(browser.text()).contains("Agenda published");
			browser.assertAccessible();

			// a paper added through the NHS file upload (its native input hidden behind the component's button)
			browser.open(meeting + "/agenda/items/" + item + "/edit");
			assertThat(browser.find("button#file").getText()).contains("No file chosen").contains("Choose file");
			browser.find("#file-input").sendKeys(paper().toString());
			assertThat(browser.find("button#file").getText()).contains("contract-report");
			browser.assertAccessible();
			browser.clickButton("Upload the paper");
			assertThat(browser.find(".nhsuk-notification-banner").getText()).contains("Paper added: contract-report");
			this.jdbc.update("update meeting set meeting_date = current_date where id = ?", meetingId);
			browser.open(meeting);
			browser.clickButton("Record that the meeting was held");
			browser.clickLink("Attendance");
			for (WebElement status : browser.findAll("main select[id^=rows]")) {
				new org.openqa.selenium.support.ui.Select(status).selectByVisibleText("Present");
			}
			browser.clickButton("Save the attendance");
			assertThat(browser.find(".nhsuk-notification-banner").getText()).contains("The attendance has been saved");
			browser.assertAccessible();

			browser.clickLink("Minutes");
			browser.assertAccessible();
			// the minutes of every item on one page, each saved as the meeting goes
			browser.type("minutes-" + item, "The committee considered the contract.");
			// a long text area of a page's own form is the NHS character count too
			assertThat(browser.text()).containsPattern("You have 19,?962 characters remaining");
			browser.type("outcome-" + item, "Approved for one year");
			browser.clickButton("Save item 1");
			assertThat(browser.find(".nhsuk-notification-banner").getText()).contains("Community services contract");
			browser.clickButton("Send the draft to the chair for review");
			assertThat(browser.text()).contains("sent to the chair for review");
			browser.assertAccessible();
			assertThat(browser.text()).contains("Statement of conflicts of interest")
				.contains("Nadia Rahman")
				.contains("Leaves the meeting for the item")
				.contains("Approved for one year");
			assertThat(browser.download("/meetings/" + meetingId + "/minutes.pdf")).startsWith("%PDF");

			browser.open("/actions");
			browser.assertAccessible();
			browser.open("/account/calendar");
			browser.clickButton("Get a calendar address");
			assertThat(browser.find("#feedUrl").getAttribute("value")).endsWith(".ics");
			browser.assertAccessible();
			browser.click(".nhsuk-header__account-button");

			browser.open("/public/SVL/meetings");
			browser.assertAccessible();
			browser.open("/public/SVL/meetings/" + meetingId);
			assertThat(browser.text()).contains("Community services contract").doesNotContain("Approved for one year");
			browser.assertAccessible();
		}
	}

	private static Path paper() {
		try {
			Path dir = Files.createTempDirectory("pecgov-paper");
			Path pdf = dir.resolve("contract-report.pdf");
			Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			pdf.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			return pdf;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
