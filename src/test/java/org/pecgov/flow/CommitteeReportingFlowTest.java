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
 * Committees that report (issue 16, §2), over real HTTP: the demo's PbC assessment sub-committee reports to the PEC;
 * its terms of reference are kept with every problem said at once; its chair must be a non-executive director (refused
 * for anyone else, met once a non-executive director holds it); an item referred for want of a quorum is offered on the
 * agenda of the next meeting of the committee it went to, and taken up in one step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class CommitteeReportingFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void thePbcSubCommitteeReportsToThePecAndIsChairedByANonExecutiveDirector() {
		long northshire = new DemoIds(this.jdbc).organisation("NSH");
		long pbc = this.jdbc.queryForObject("select id from committee where organisation_id = ? and pbc_assessment",
				Long.class, northshire);
		long pec = committee(northshire, "PEC");
		long board = committee(northshire, "BOARD");

		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@northshire.example");
		assertThat(admin.get("/committees/" + pbc).body()).contains("Reports to")
			.contains("href=\"/committees/" + pec + "\"")
			.contains("its recommendations go straight to the Board");
		assertThat(admin.get("/committees/" + pbc + "/composition").body())
			.contains("The PbC assessment sub-committee must be chaired by a non-executive director");

		admin.get("/committees/new");
		Page two = admin.post("/committees", Map.of("name", "", "quorumMinPresent", "3", "quorumMinClinical", "1",
				"mode", "ADVISORY", "reportsToId", Long.toString(board), "pbcAssessment", "true"));
		assertThat(two.status()).isEqualTo(200);
		assertThat(two.body()).contains("Enter the committee&#39;s name")
			.contains("Another sub-committee is already the PbC assessment sub-committee")
			.contains("The PbC assessment sub-committee reports to the PEC");
		admin.get("/committees/" + pec + "/edit");
		assertThat(admin.post("/committees/" + pec, Map.of("name", "Professional Executive Committee", "quorumMinPresent",
				"5", "quorumMinClinical", "3", "quorumChairRequired", "true", "mode", "EXECUTIVE", "reportsToId",
				Long.toString(pbc), "version", version("committee", pec))).body())
			.contains("The PEC reports to the Board");

		// its chair: refused for a GP, accepted for a non-executive director
		admin.get("/posts/new?committee=" + pbc);
		Page post = admin.post("/posts?committee=" + pbc, Map.of("kind", "CHAIR", "title", "Chair of the PbC "
				+ "assessment sub-committee", "purpose", "Chairs the assessment of PbC business cases.", "daysPerWeek",
				"0.5"));
		assertThat(post.status()).isEqualTo(302);
		long chairPost = Long.parseLong(post.location().replaceAll("^.*/posts/(\\d+).*$", "$1"));
		long gp = this.jdbc.queryForObject("select id from person where organisation_id = ? and profession = 'GP' "
				+ "order by id limit 1", Long.class, northshire);
		long lay = this.jdbc.queryForObject("select id from person where organisation_id = ? "
				+ "and profession = 'LAY_MEMBER' order by id limit 1", Long.class, northshire);
		String start = LocalDate.now().toString();
		String end = LocalDate.now().plusYears(2).toString();
		admin.get("/appointments/new?post=" + chairPost);
		assertThat(admin.post("/appointments", Map.of("postId", Long.toString(chairPost), "personId", Long.toString(gp),
				"termStart", start, "termEnd", end)).body())
			.contains("The PbC assessment sub-committee is chaired by a non-executive director");
		admin.get("/posts/new?committee=" + board);
		Page nedPost = admin.post("/posts?committee=" + board, Map.of("kind", "NON_EXECUTIVE_DIRECTOR", "title",
				"Non-executive director (audit)", "purpose", "Non-executive member of the Board.", "daysPerWeek", "0.5"));
		assertThat(nedPost.status()).isEqualTo(302);
		long ned = Long.parseLong(nedPost.location().replaceAll("^.*/posts/(\\d+).*$", "$1"));
		admin.get("/appointments/new?post=" + ned);
		assertThat(admin.post("/appointments", Map.of("postId", Long.toString(ned), "personId", Long.toString(lay),
				"termStart", start, "termEnd", end)).status()).isEqualTo(302);
		admin.get("/appointments/new?post=" + chairPost);
		assertThat(admin.post("/appointments", Map.of("postId", Long.toString(chairPost), "personId",
				Long.toString(lay), "termStart", start, "termEnd", end)).status()).isEqualTo(302);
		assertThat(admin.get("/committees/" + pbc + "/composition").body())
			.contains("The chair is a non-executive director");
	}

	@Test
	void anItemReferredForWantOfAQuorumIsOfferedToTheCommitteeItWentTo() {
		long southvale = new DemoIds(this.jdbc).organisation("SVL");
		long pbc = this.jdbc.queryForObject("select id from committee where organisation_id = ? and pbc_assessment",
				Long.class, southvale);
		long coming = this.jdbc.queryForObject("select id from meeting where organisation_id = ? and status = "
				+ "'AGENDA_PUBLISHED' and committee_id = ? order by meeting_date limit 1", Long.class, southvale,
				committee(southvale, "PEC"));
		long item = this.jdbc.queryForObject("select id from agenda_item where meeting_id = ? and purpose = 'DECISION' "
				+ "order by position limit 1", Long.class, coming);

		BrowserlessSession secretary = BrowserlessSession.loggedIn(this.port, "secretary@southvale.example");
		secretary.get("/meetings/" + coming + "/agenda");
		Page foreign = secretary.post("/meetings/" + coming + "/agenda/items/" + item + "/refer", Map.of("version",
				version("agenda_item", item), "referredTo", Long.toString(committee(new DemoIds(this.jdbc)
					.organisation("NSH"), "BOARD"))));
		assertThat(foreign.body()).contains("Choose another committee of this PCT to refer the item to");
		assertThat(secretary.post("/meetings/" + coming + "/agenda/items/" + item + "/refer", Map.of("version",
				version("agenda_item", item), "referredTo", Long.toString(pbc))).status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select referred_to from agenda_item where id = ?", String.class, item))
			.isEqualTo("PbC assessment sub-committee");

		secretary.get("/meetings/new");
		Page planned = secretary.post("/meetings", Map.of("committeeId", Long.toString(pbc), "type", "SUB_COMMITTEE",
				"date", LocalDate.now().plusDays(40).toString(), "startTime", "10:00", "place", "Southvale House",
				"publicMeeting", "true"));
		assertThat(planned.status()).isEqualTo(302);
		long meeting = Long.parseLong(planned.location().replaceAll("^.*/meetings/(\\d+).*$", "$1"));
		String title = this.jdbc.queryForObject("select title from agenda_item where id = ?", String.class, item);
		assertThat(secretary.get("/meetings/" + meeting + "/agenda/proposals").body()).contains("Referred to this committee")
			.contains(title);
		assertThat(secretary.post("/meetings/" + meeting + "/agenda/referrals/" + item, Map.of()).status())
			.isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from agenda_item where meeting_id = ? and "
				+ "referred_from_id = ? and title = ?", Integer.class, meeting, item, title)).isOne();
		assertThat(secretary.get("/meetings/" + meeting + "/agenda/proposals").body())
			.contains("No items are waiting for this committee.");
		assertThat(secretary.post("/meetings/" + meeting + "/agenda/referrals/" + item, Map.of()).status())
			.isEqualTo(404);
	}

	private long committee(long organisation, String kind) {
		return this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = ?", Long.class,
				organisation, kind);
	}

	private String version(String table, long id) {
		return Long.toString(
				this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id));
	}

}
