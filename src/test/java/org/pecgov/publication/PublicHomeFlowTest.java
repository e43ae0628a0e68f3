package org.pecgov.publication;

import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 §6: each PCT's public home, read without signing in: its PEC, its coming public meetings and their
 * calendar, what the PEC decided and recommended; the NHS logo leads there on every public page; and nothing
 * private appears (no email address, phone number, note or unpublished declaration).
 */
@IntegrationTest
@Transactional
class PublicHomeFlowTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void thePublicHomeShowsThePecItsMeetingsAndItsOutcomesWithNothingPrivate() throws Exception {
		long pct = new DemoIds(this.jdbc).organisation("NSH");
		String chair = this.jdbc.queryForObject("""
				select n.given_name || ' ' || n.family_name from post_holding h join published_post pp on pp.post_id = h.post_id
				join person_name n on n.person_id = h.person_id
				where h.organisation_id = ? and pp.committee_kind = 'PEC' and pp.post_kind = 'CHAIR'
				  and h.first_day <= current_date and (h.last_day is null or h.last_day >= current_date) limit 1
				""", String.class, pct);
		this.jdbc.update("update person set notes = 'Private note: do not publish', phone = '01234 567890'"
				+ " where organisation_id = ?", pct);

		MvcTestResult home = this.mvc.get().uri("/public/NSH").exchange();

		assertThat(home).hasStatusOk();
		String page = home.getResponse().getContentAsString();
		assertThat(page).contains("Northshire PCT: our Professional Executive Committee")
			.contains("href=\"/public/NSH\"")
			.contains("<span class=\"nhsuk-header__service-name\">Northshire PCT</span>")
			.contains("Who sits on the PEC")
			.contains(chair)
			.contains("Seat on the PCT Board")
			.contains("Coming public meetings")
			.contains("href=\"/public/NSH/meetings.ics\"")
			.contains("What the PEC decided and recommended")
			.doesNotContain("@northshire.example")
			.doesNotContain("01234 567890")
			.doesNotContain("Private note")
			.doesNotContain("href=\"/login\"");
		// the chair is listed first, and said to be the chair
		int body = page.indexOf("<tbody", page.indexOf("Who sits on the PEC"));
		int firstRow = page.indexOf("<tr", body);
		int secondRow = page.indexOf("<tr", firstRow + 1);
		assertThat(page.substring(firstRow, secondRow)).contains(chair).contains(">Chair<");
	}

	@Test
	void theLogoLeadsToThePublicHomeOnEveryPublicPage() {
		for (String path : new String[] { "/public/NSH/register", "/public/NSH/gifts", "/public/NSH/meetings" }) {
			assertThat(this.mvc.get().uri(path)).hasStatusOk()
				.bodyText()
				.contains("class=\"nhsuk-header__service-logo\" href=\"/public/NSH\"");
		}
		assertThat(this.mvc.get().uri("/public/nsh")).hasStatusOk();
		assertThat(this.mvc.get().uri("/public/NOPE")).hasStatus(404);
		assertThat(this.mvc.get().uri("/public/NOPE/meetings.ics")).hasStatus(404);
	}

	@Test
	void thePublicCalendarHoldsOnlyPublicMeetingsWithoutTheirJoiningLink() throws Exception {
		long pct = new DemoIds(this.jdbc).organisation("NSH");
		this.jdbc.update("update meeting set remote_link = 'https://meet.example/secret-room' where organisation_id = ?", pct);
		long privateMeetings = this.jdbc.queryForObject(
				"select count(*) from meeting where organisation_id = ? and not public_meeting", Long.class, pct);

		MvcTestResult calendar = this.mvc.get().uri("/public/NSH/meetings.ics").exchange();

		assertThat(calendar).hasStatusOk();
		assertThat(calendar.getResponse().getContentType()).startsWith("text/calendar");
		String text = calendar.getResponse().getContentAsString();
		assertThat(text).contains("BEGIN:VCALENDAR").contains("/public/NSH/meetings/").doesNotContain("secret-room");
		long events = text.lines().filter("BEGIN:VEVENT"::equals).count();
		long publicMeetings = this.jdbc.queryForObject("select count(*) from meeting where organisation_id = ? and public_meeting"
				+ " and meeting_date >= current_date - interval '1 year'", Long.class, pct);
		assertThat(events).isEqualTo(publicMeetings);
		assertThat(privateMeetings + publicMeetings).isPositive();
	}

	@Test
	void theRegisterIsGroupedByPersonWithWhenItWasLastUpdatedAndCanBeSearched() throws Exception {
		String all = this.mvc.get().uri("/public/NSH/register").exchange().getResponse().getContentAsString();
		assertThat(all).contains("Last updated").contains("Search by name");

		String surname = this.jdbc.queryForObject("""
				select n.family_name from register_entry e join person_name n on n.person_id = e.person_id
				where e.organisation_id = (select id from organisation where code = 'NSH') and not e.withheld
				order by n.family_name limit 1""", String.class);
		MvcTestResult found = this.mvc.get().uri("/public/NSH/register?name=" + surname).exchange();
		assertThat(found).hasStatusOk().bodyText().contains(surname).contains("value=\"" + surname + "\"");
		assertThat(this.mvc.get().uri("/public/NSH/register?name=Zzyzxnobody")).hasStatusOk()
			.bodyText()
			.contains("No published interests of anyone named Zzyzxnobody");
		// a search is data, not a pattern
		assertThat(this.mvc.get().uri("/public/NSH/register?name=%25")).hasStatusOk()
			.bodyText()
			.contains("No published interests of anyone named %");
	}

}
