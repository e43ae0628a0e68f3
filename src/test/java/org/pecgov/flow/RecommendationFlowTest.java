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
 * A PEC recommendation travels to the Board over real HTTP (issue 16, §1): the demo's recommendation sent with its
 * statement of conflicts is put on a coming Board agenda in one step, as an item concerning the same organisations;
 * taking the item off the agenda sends it back to wait; once the Board has met, its decision is recorded and the
 * PEC's item shows it. Bad input is refused with a message: a recommendation on an item for information, by the
 * Board itself, another PCT's recommendation on this Board's agenda, the Board's decision before it has met. Another
 * PCT's user gets a 404, a member a 403, and the public sees a recommendation only once its minutes are approved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class RecommendationFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRecommendationReachesTheBoardWithItsConflictsAndComesBackDecided() {
		long southvale = new DemoIds(this.jdbc).organisation("SVL");
		long northshire = new DemoIds(this.jdbc).organisation("NSH");
		long sent = this.jdbc.queryForObject("select id from recommendation where organisation_id = ? and status = 'SENT' "
				+ "order by id limit 1", Long.class, southvale);
		long otherPcts = this.jdbc.queryForObject(
				"select id from recommendation where organisation_id = ? and status = 'SENT' order by id limit 1",
				Long.class, northshire);
		long board = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'BOARD'",
				Long.class, southvale);

		BrowserlessSession secretary = BrowserlessSession.loggedIn(this.port, "secretary@southvale.example");
		assertThat(secretary.get("/").body()).contains("1 recommendation to the Board waits for a Board agenda.");
		Page list = secretary.get("/recommendations");
		assertThat(list.body()).contains("That the Board renews the community services contract for two years.")
			.contains("Sent to the Board")
			.contains("Accepted by the Board");
		Page detail = secretary.get("/recommendations/" + sent);
		assertThat(detail.body()).contains("Statement of conflicts of interest")
			.contains("Leaves the meeting for the item")
			.contains("Holds shares in the provider")
			.contains("The item stayed quorate");

		secretary.get("/meetings/new");
		Page planned = secretary.post("/meetings", Map.of("committeeId", Long.toString(board), "type", "BOARD", "date",
				LocalDate.now().plusDays(14).toString(), "startTime", "10:00", "place", "Southvale House",
				"publicMeeting", "true"));
		assertThat(planned.status()).isEqualTo(302);
		long boardMeeting = Long.parseLong(planned.location().replaceAll("^.*/meetings/(\\d+).*$", "$1"));
		String choose = "/meetings/" + boardMeeting + "/agenda/recommendations";
		assertThat(secretary.get(choose).body()).contains("Waiting for a Board agenda")
			.contains("That the Board renews the community services contract for two years.");

		Page foreign = secretary.post(choose, Map.of("ids", Long.toString(otherPcts)));
		assertThat(foreign.status()).isEqualTo(200);
		assertThat(foreign.body()).contains("Choose recommendations of this PCT that were sent to the Board");
		assertThat(secretary.post(choose, Map.of()).body()).contains("Choose at least one recommendation");
		assertThat(itemsOn(boardMeeting)).isZero();

		assertThat(secretary.post(choose, Map.of("ids", Long.toString(sent))).status()).isEqualTo(302);
		assertThat(status(sent)).isEqualTo("ON_AGENDA");
		long removed = this.jdbc.queryForObject("select board_item_id from recommendation where id = ?", Long.class,
				sent);
		long pecItem = this.jdbc.queryForObject("select item_id from recommendation where id = ?", Long.class, sent);
		assertThat(this.jdbc.queryForList("select directory_id from agenda_item_organisation where item_id = ?",
				Long.class, removed))
			.isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList(
					"select directory_id from agenda_item_organisation where item_id = ?", Long.class, pecItem));
		assertThat(secretary.get("/meetings/" + boardMeeting + "/agenda").body())
			.contains("Recommendation of the Professional Executive Committee");

		// Taken off the agenda, it waits again; put back in one step.
		secretary.get("/meetings/" + boardMeeting + "/agenda");
		assertThat(secretary.post("/meetings/" + boardMeeting + "/agenda/items/" + removed + "/delete",
				Map.of("version", version("agenda_item", removed))).status()).isEqualTo(302);
		assertThat(status(sent)).isEqualTo("SENT");
		secretary.get(choose);
		assertThat(secretary.post(choose, Map.of("ids", Long.toString(sent))).status()).isEqualTo(302);
		assertThat(status(sent)).isEqualTo("ON_AGENDA");
		assertThat(secretary.get("/").body()).doesNotContain("waits for a Board agenda");
		long boardItem = this.jdbc.queryForObject("select board_item_id from recommendation where id = ?", Long.class,
				sent);

		secretary.get("/recommendations/" + sent);
		Page early = secretary.post("/recommendations/" + sent + "/outcome",
				Map.of("version", version("recommendation", sent), "outcome", "ACCEPTED"));
		assertThat(early.status()).isEqualTo(200);
		assertThat(early.body()).contains("Record the Board&#39;s decision once its meeting has been held");

		this.jdbc.update("update meeting set status = 'HELD', meeting_date = current_date where id = ?", boardMeeting);
		assertThat(secretary.get("/").body())
			.contains("The Board has met: record its decision on 1 recommendation from the PEC.");
		secretary.get("/recommendations/" + sent);
		Page none = secretary.post("/recommendations/" + sent + "/outcome",
				Map.of("version", version("recommendation", sent), "decision", "x".repeat(2001)));
		assertThat(none.body()).contains("Choose whether the Board accepted, rejected or deferred the recommendation")
			.contains("The Board&#39;s decision must be 2,000 characters or fewer");
		assertThat(secretary.post("/recommendations/" + sent + "/outcome", Map.of("version",
				version("recommendation", sent), "outcome", "ACCEPTED", "decision", "Renewed for two years."))
			.status()).isEqualTo(302);
		assertThat(status(sent)).isEqualTo("ACCEPTED");
		assertThat(this.jdbc.queryForObject("select decided_on from recommendation where id = ?", LocalDate.class,
				sent)).isEqualTo(LocalDate.now());
		long pecMeeting = this.jdbc.queryForObject("select meeting_id from recommendation where id = ?", Long.class, sent);
		assertThat(secretary.get("/meetings/" + pecMeeting + "/minutes").body()).contains("Accepted by the Board")
			.contains("Renewed for two years.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'Recommendation' and actor = 'secretary@southvale.example'",
				Integer.class)).isGreaterThanOrEqualTo(3);

		// A recommendation on an item for information, or by the Board itself, is refused beside the field.
		long information = this.jdbc.queryForObject("select id from agenda_item where meeting_id = ? "
				+ "and purpose = 'INFORMATION' order by position limit 1", Long.class, pecMeeting);
		secretary.get("/meetings/" + pecMeeting + "/minutes/items/" + information);
		Page onInformation = secretary.post("/meetings/" + pecMeeting + "/minutes/items/" + information
				+ "/recommendations", Map.of("text", "That the Board notes the previous minutes."));
		assertThat(onInformation.status()).isEqualTo(200);
		assertThat(onInformation.body())
			.contains("An item for information is not decided, so it cannot carry a recommendation");
		assertThat(secretary.post("/meetings/" + pecMeeting + "/minutes/items/" + pecItem + "/recommendations",
				Map.of("text", " ")).body()).contains("Enter what the committee recommends to the Board");
		secretary.get("/meetings/" + boardMeeting + "/minutes/items/" + boardItem);
		assertThat(secretary.post("/meetings/" + boardMeeting + "/minutes/items/" + boardItem + "/recommendations",
				Map.of("text", "That the Board recommends to itself.")).body())
			.contains("The Board decides: recommendations go to it from the PEC or a sub-committee");
		assertThat(this.jdbc.queryForObject("select count(*) from recommendation where item_id in (?, ?, ?)",
				Integer.class, information, boardItem, pecItem)).isOne();

		assertThat(BrowserlessSession.loggedIn(this.port, "secretary@northshire.example")
			.get("/recommendations/" + sent)
			.status()).isEqualTo(404);
		BrowserlessSession member = BrowserlessSession.loggedIn(this.port, "member@southvale.example");
		assertThat(member.get("/recommendations").status()).isEqualTo(403);
		assertThat(member.get(choose).status()).isEqualTo(403);

		// a decision that carries recommendations is not cleared from under them
		secretary.get("/meetings/" + pecMeeting + "/minutes");
		Page cleared = secretary.post("/meetings/" + pecMeeting + "/minutes/items/" + pecItem, Map.of("version",
				version("agenda_item", pecItem), "minutes", "Discussed.", "outcome", ""));
		assertThat(cleared.body()).contains("Recommendations to the Board were made on this decision");
		assertThat(this.jdbc.queryForObject("select count(*) from decision where item_id = ?", Integer.class, pecItem))
			.isOne();

		// The public sees the accepted recommendation of the meeting whose minutes were approved, with the Board's
		// decision; not the one whose minutes are still a draft.
		long approved = this.jdbc.queryForObject("select r.meeting_id from recommendation r join meeting m on "
				+ "m.id = r.meeting_id where r.organisation_id = ? and m.status = 'MINUTES_APPROVED' order by r.id "
				+ "limit 1", Long.class, southvale);
		BrowserlessSession anyone = new BrowserlessSession(this.port);
		assertThat(anyone.get("/public/SVL/meetings/" + approved).body())
			.contains("That the Board approves the prescribing budget for next year")
			.contains("Accepted by the Board");
		assertThat(anyone.get("/public/SVL/meetings/" + pecMeeting).body())
			.doesNotContain("That the Board renews the community services contract");
	}

	private int itemsOn(long meetingId) {
		return this.jdbc.queryForObject("select count(*) from agenda_item where meeting_id = ?", Integer.class,
				meetingId);
	}

	private String status(long recommendation) {
		return this.jdbc.queryForObject("select status from recommendation where id = ?", String.class, recommendation);
	}

	private String version(String table, long id) {
		return Long.toString(
				this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id));
	}

}
