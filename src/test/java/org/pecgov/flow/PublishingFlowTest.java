package org.pecgov.flow;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PecgovDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing is a step (issue 16, §4), over real HTTP: the preview says what is not ready (a conflict without the
 * chair's plan, an item to debate without papers); publishing despite it asks for a confirmation; once published,
 * every member expected is sent a notice through the outbox, and publishing again from the same page is a 409; a
 * change after publication is kept as a new version, named on the agenda, and sent again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class PublishingFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void anAgendaIsPublishedOnceCheckedAndEveryChangeIsAVersionSentAgain() {
		long southvale = new DemoIds(this.jdbc).organisation("SVL");
		long pec = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'",
				Long.class, southvale);
		long provider = this.jdbc.queryForObject(
				"select id from directory_organisation where organisation_id = ? and name = 'Southvale Community Health Ltd'",
				Long.class, southvale);
		BrowserlessSession secretary = BrowserlessSession.loggedIn(this.port, "secretary@southvale.example");
		secretary.get("/meetings/new");
		Page planned = secretary.post("/meetings", Map.of("committeeId", Long.toString(pec), "type", "BUSINESS", "date",
				LocalDate.now().plusDays(21).toString(), "startTime", "14:00", "place", "Southvale House",
				"publicMeeting", "true"));
		long meeting = Long.parseLong(planned.location().replaceAll("^.*/meetings/(\\d+).*$", "$1"));
		String agenda = "/meetings/" + meeting + "/agenda";
		secretary.get(agenda + "/items/new");
		assertThat(secretary.post(agenda + "/items", Map.of("title", "Community nursing contract", "purpose", "DECISION",
				"publicItem", "true", "organisationIds", Long.toString(provider))).status()).isEqualTo(302);

		Page preview = secretary.get(agenda + "/publish");
		assertThat(preview.body()).contains("What members will see")
			.contains("What the public will see")
			.contains("the chair has not said how it is handled")
			.contains("it is to be debated and has no papers");
		String version = version(meeting);
		Page unconfirmed = secretary.post(agenda + "/publish", Map.of("version", version));
		assertThat(unconfirmed.status()).isEqualTo(200);
		assertThat(unconfirmed.body()).contains("Confirm that you want to publish the agenda even though");
		assertThat(status(meeting)).isEqualTo("PLANNED");
		assertThat(notices(meeting, "AGENDA_PUBLISHED")).isZero();

		assertThat(secretary.post(agenda + "/publish", Map.of("version", version, "confirmed", "true")).status())
			.isEqualTo(302);
		assertThat(status(meeting)).isEqualTo("AGENDA_PUBLISHED");
		int members = notices(meeting, "AGENDA_PUBLISHED");
		assertThat(members).isGreaterThanOrEqualTo(5);
		assertThat(this.jdbc.queryForObject("select count(distinct person_id) from outbox_message where dedupe_key like ?",
				Integer.class, "AGENDA_PUBLISHED:" + meeting + ":%")).isEqualTo(members);
		assertThat(secretary.post(agenda + "/publish", Map.of("version", version, "confirmed", "true")).status())
			.isEqualTo(409);
		assertThat(this.jdbc.queryForObject("select count(*) from agenda_version where meeting_id = ?", Integer.class,
				meeting)).isOne();

		secretary.get(agenda + "/items/new");
		assertThat(secretary.post(agenda + "/items", Map.of("title", "Winter pressures", "purpose", "DISCUSSION",
				"publicItem", "true")).status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select summary from agenda_version where meeting_id = ? and number = 2",
				String.class, meeting)).isEqualTo("item added, Winter pressures");
		assertThat(notices(meeting, "AGENDA_CHANGED")).isEqualTo(members);
		assertThat(secretary.get(agenda).body()).contains("Updated on")
			.contains("item added, Winter pressures")
			.contains("See every version");
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where kind = 'AGENDA_CHANGED' and "
				+ "dedupe_key like ? and body like '%Winter pressures%'", Integer.class,
				"AGENDA_CHANGED:" + meeting + ":2:%")).isEqualTo(members);
	}

	@Test
	void publishingTwiceAtOnceIsOnePublicationAndA409() throws Exception {
		long southvale = new DemoIds(this.jdbc).organisation("SVL");
		long pec = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'",
				Long.class, southvale);
		BrowserlessSession first = BrowserlessSession.loggedIn(this.port, "secretary@southvale.example");
		BrowserlessSession second = BrowserlessSession.loggedIn(this.port, "secretary@southvale.example");
		first.get("/meetings/new");
		long meeting = Long.parseLong(first.post("/meetings", Map.of("committeeId", Long.toString(pec), "type",
				"BUSINESS", "date", LocalDate.now().plusDays(35).toString(), "startTime", "09:30", "place",
				"Southvale House", "publicMeeting", "true"))
			.location()
			.replaceAll("^.*/meetings/(\\d+).*$", "$1"));
		String agenda = "/meetings/" + meeting + "/agenda";
		first.get(agenda + "/items/new");
		first.post(agenda + "/items", Map.of("title", "Minutes of the last meeting", "purpose", "INFORMATION",
				"publicItem", "true"));
		first.get(agenda + "/publish");
		second.get(agenda + "/publish");
		String version = version(meeting);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Future<Integer> a = pool.submit(() -> first
				.post(agenda + "/publish", Map.of("version", version, "confirmed", "true")).status());
			java.util.concurrent.Future<Integer> b = pool.submit(() -> second
				.post(agenda + "/publish", Map.of("version", version, "confirmed", "true")).status());
			assertThat(java.util.List.of(a.get(), b.get())).containsExactlyInAnyOrder(302, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from agenda_version where meeting_id = ?", Integer.class,
				meeting)).isOne();
	}

	private String version(long meeting) {
		return Long.toString(this.jdbc.queryForObject("select version from meeting where id = ?", Long.class, meeting));
	}

	private String status(long meeting) {
		return this.jdbc.queryForObject("select status from meeting where id = ?", String.class, meeting);
	}

	private int notices(long meeting, String kind) {
		return this.jdbc.queryForObject("select count(*) from outbox_message where kind = ? and dedupe_key like ?",
				Integer.class, kind, kind + ":" + meeting + ":%");
	}

}
