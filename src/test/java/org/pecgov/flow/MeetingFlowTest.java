package org.pecgov.flow;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A meeting over real HTTP: the secretary builds an agenda with an item concerning a provider in which a
 * GP member holds shares; the member is flagged; the chair records that she leaves for the item; the
 * quorum is recomputed; the meeting is held, minuted, and its statement lists the conflict and how it
 * was handled. Another PCT cannot reach it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class MeetingFlowTest {

	private static final Pattern QUORUM = Pattern.compile("(\\d+) members? \\(at least");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aConflictIsFlaggedHandledAndStated() {
		DemoIds ids = new DemoIds(this.jdbc);
		long southvale = ids.organisation("SVL");
		long pec = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'",
				Long.class, southvale);
		long provider = this.jdbc.queryForObject(
				"select id from directory_organisation where organisation_id = ? and name = 'Southvale Community Health Ltd'",
				Long.class, southvale);
		long nadia = ids.person("nadia.rahman@southvale.example");

		BrowserlessSession secretary = BrowserlessSession.loggedIn(this.port, "secretary@southvale.example");
		secretary.get("/meetings/new");
		Page planned = secretary.post("/meetings", Map.of("committeeId", Long.toString(pec), "type", "BUSINESS", "date",
				LocalDate.now().plusDays(7).toString(), "startTime", "10:00", "place", "Southvale House",
				"publicMeeting", "true"));
		assertThat(planned.status()).isEqualTo(302);
		String agenda = planned.location().replaceAll("^https?://[^/]+", "");
		String meeting = agenda.replace("/agenda", "");
		long meetingId = Long.parseLong(meeting.substring("/meetings/".length()));
		secretary.get(agenda + "/items/new");
		assertThat(secretary.post(agenda + "/items", Map.of("title", "Community services contract", "purpose",
				"DECISION", "publicItem", "true", "organisationIds", Long.toString(provider))).status()).isEqualTo(302);
		long item = this.jdbc.queryForObject("select id from agenda_item where meeting_id = ?", Long.class, meetingId);

		Page flagged = secretary.get(agenda);
		assertThat(flagged.body()).containsPattern("\\d+ (person|people) flagged");
		int unplanned = quorum(flagged.body(), 1);
		assertThat(unplanned).isLessThan(quorum(flagged.body(), 0));

		BrowserlessSession chair = BrowserlessSession.loggedIn(this.port, "chair@southvale.example");
		Page conflicts = chair.get(meeting + "/conflicts");
		assertThat(conflicts.body()).contains("Nadia Rahman").contains("Shares in a community services provider");
		assertThat(chair.post(meeting + "/conflicts", Map.of("itemId", Long.toString(item), "personId",
				Long.toString(nadia), "plan", "STAYS")).status()).isEqualTo(302);
		assertThat(quorum(secretary.get(agenda).body(), 1)).isEqualTo(unplanned + 1);
		chair.get(meeting + "/conflicts");
		assertThat(chair.post(meeting + "/conflicts", Map.of("itemId", Long.toString(item), "personId",
				Long.toString(nadia), "plan", "LEAVES", "note", "Holds shares in the provider", "version",
				version("conflict_plan", "item_id", item))).status()).isEqualTo(302);
		assertThat(quorum(secretary.get(agenda).body(), 1)).isEqualTo(unplanned);

		secretary.get(meeting);
		// publishing by the meeting's status leads to the publishing step, which publishes once confirmed
		assertThat(secretary.post(meeting + "/status", Map.of("version", version("meeting", "id", meetingId), "status",
				"AGENDA_PUBLISHED")).location()).endsWith(agenda + "/publish");
		secretary.get(agenda + "/publish");
		assertThat(secretary.post(agenda + "/publish", Map.of("version", version("meeting", "id", meetingId),
				"confirmed", "true")).status()).isEqualTo(302);
		// The meeting takes place: its day comes.
		this.jdbc.update("update meeting set meeting_date = current_date where id = ?", meetingId);
		secretary.get(meeting);
		assertThat(secretary.post(meeting + "/status", Map.of("version", version("meeting", "id", meetingId), "status",
				"HELD")).status()).isEqualTo(302);

		Page attendance = secretary.get(meeting + "/attendance");
		Matcher rows = Pattern.compile("name=\"rows\\[(\\d+)\\]\\.status\"").matcher(attendance.body());
		Map<String, String> present = new LinkedHashMap<>();
		while (rows.find()) {
			present.put("rows[" + rows.group(1) + "].status", "");
		}
		assertThat(present).hasSizeGreaterThanOrEqualTo(5);
		assertThat(attendance.body()).contains("Mark all members not yet recorded as present, and save");
		// nothing chosen, one button: every member is recorded present at once
		Map<String, String> everyone = new LinkedHashMap<>(present);
		everyone.put("everyonePresent", "true");
		assertThat(secretary.post(meeting + "/attendance", everyone).status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from attendance where meeting_id = ? and status = 'PRESENT'", Integer.class, meetingId))
			.isEqualTo(present.size());

		Matcher eligibleText = Pattern.compile("present and eligible to decide on this item: (\\d+)")
			.matcher(secretary.get(meeting + "/minutes/items/" + item).body());
		assertThat(eligibleText.find()).isTrue();
		int eligible = Integer.parseInt(eligibleText.group(1));
		assertThat(eligible).isLessThan(present.size());
		Page tooMany = secretary.post(meeting + "/minutes/items/" + item, Map.of("version",
				version("agenda_item", "id", item), "minutes", "The committee discussed the contract.", "outcome",
				"Approved", "votesFor", Integer.toString(eligible + 1)));
		assertThat(tooMany.status()).isEqualTo(200);
		assertThat(tooMany.body()).contains("The votes add up to more than the members present and eligible");
		assertThat(secretary.post(meeting + "/minutes/items/" + item, Map.of("version",
				version("agenda_item", "id", item), "minutes", "The committee discussed the contract.", "outcome",
				"Approved", "votesFor", Integer.toString(eligible))).status()).isEqualTo(302);

		Page minutes = secretary.get(meeting + "/minutes");
		assertThat(minutes.body()).contains("Statement of conflicts of interest")
			.contains("Nadia Rahman")
			.contains("Shares in a community services provider (Southvale Community Health Ltd)")
			.contains("Leaves the meeting for the item")
			.contains("Holds shares in the provider")
			.contains("Owen Pritchard")
			.contains(eligible + " for, 0 against, 0 abstaining")
			.contains("Excluded from the decision");
		assertThat(secretary.download(meeting + "/conflicts/statement.pdf")).isPositive();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'ConflictPlan' and actor = 'chair@southvale.example'",
				Integer.class)).isGreaterThanOrEqualTo(2);

		BrowserlessSession other = BrowserlessSession.loggedIn(this.port, "secretary@northshire.example");
		for (String path : new String[] { meeting, agenda, meeting + "/conflicts", meeting + "/minutes",
				meeting + "/attendance" }) {
			assertThat(other.get(path).status()).as(path).isEqualTo(404);
		}

		Page published = new BrowserlessSession(this.port).get("/public/SVL/meetings/" + meetingId);
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.body()).contains("Community services contract")
			.doesNotContain("The committee discussed the contract.")
			.doesNotContain("Holds shares");
	}

	private String version(String table, String column, long id) {
		return Long.toString(this.jdbc.queryForObject("select version from " + table + " where " + column + " = ?",
				Long.class, id));
	}

	/** The n-th quorum count on a page: 0 is the meeting's, then each item's. */
	private static int quorum(String page, int n) {
		Matcher matcher = QUORUM.matcher(page);
		for (int i = 0; i <= n; i++) {
			assertThat(matcher.find()).as("quorum " + i).isTrue();
		}
		return Integer.parseInt(matcher.group(1));
	}

}
