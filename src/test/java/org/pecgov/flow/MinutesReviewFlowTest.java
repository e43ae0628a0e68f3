package org.pecgov.flow;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PdfText;
import org.pecgov.support.PecgovDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Minutes written in one place (issue 16, §6), over real HTTP: the minutes page holds a form for every item; the draft
 * minutes download as a PDF to circulate; the secretary sends the draft to the chair, who is told through the outbox
 * and comments (a blank comment refused beside the field); a member may not comment; another PCT's user gets a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class MinutesReviewFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theDraftIsWrittenOnOnePageCirculatedAndReviewedByTheChair() {
		long northshire = new DemoIds(this.jdbc).organisation("NSH");
		long held = this.jdbc.queryForObject("select id from meeting where organisation_id = ? and status = 'HELD' and "
				+ "committee_id in (select id from committee where kind = 'PEC') order by meeting_date desc limit 1",
				Long.class, northshire);
		String minutes = "/meetings/" + held + "/minutes";
		long items = this.jdbc.queryForObject("select count(*) from agenda_item where meeting_id = ?", Long.class, held);

		BrowserlessSession secretary = BrowserlessSession.loggedIn(this.port, "secretary@northshire.example");
		Page page = secretary.get(minutes);
		assertThat(page.body().split("name=\"minutes\"", -1)).hasSize((int) items + 1);
		assertThat(page.body()).contains("Save item 1").contains("Send the draft to the chair for review");

		String pdf = PdfText.of(secretary.bytes(minutes + ".pdf"));
		assertThat(pdf).contains("Minutes").contains("Draft: not yet approved").contains("Contract renewed for two years");

		BrowserlessSession chair = BrowserlessSession.loggedIn(this.port, "chair@northshire.example");
		chair.get(minutes);
		Page early = chair.post(minutes + "/comments", Map.of("comments", "Too early.", "version", version(held)));
		assertThat(early.body()).contains("The draft minutes have not been sent to you for review yet");

		secretary.get(minutes);
		assertThat(secretary.post(minutes + "/review", Map.of("version", version(held))).status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where kind = 'MINUTES_FOR_REVIEW' "
				+ "and dedupe_key like ?", Integer.class, "MINUTES_FOR_REVIEW:" + held + ":%")).isOne();

		assertThat(chair.get("/").body()).contains("The secretary has sent you the draft minutes of the Professional "
				+ "Executive Committee meeting on");
		chair.get(minutes);
		assertThat(chair.post(minutes + "/comments", Map.of("comments", " ", "version", version(held))).body())
			.contains("Enter your comments on the draft minutes");
		assertThat(chair.post(minutes + "/comments", Map.of("comments", "Item 2: say who left the room.", "version",
				version(held))).status()).isEqualTo(302);
		assertThat(chair.get("/").body()).doesNotContain("draft minutes of the Professional Executive Committee meeting");
		assertThat(secretary.get(minutes).body()).contains("The chair&#39;s comments of")
			.contains("Item 2: say who left the room.");

		assertThat(BrowserlessSession.loggedIn(this.port, "member@northshire.example")
			.post(minutes + "/comments", Map.of("comments", "Mine.", "version", version(held)))
			.status()).isEqualTo(403);
		assertThat(BrowserlessSession.loggedIn(this.port, "secretary@southvale.example").get(minutes + ".pdf").status())
			.isEqualTo(404);
	}

	private String version(long meeting) {
		return Long.toString(this.jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting));
	}

}
