package org.pecgov.flow;

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
 * Agendas the chair shapes (issue 16, §3), over real HTTP: a member proposes an item for a coming meeting (every
 * problem of the form at once, and none for a meeting already held); the secretary, told on the home page, declines one
 * with a reason the member reads and accepts another, which joins the agenda presented by its proposer; a presenter
 * flagged on their own item is called out on the agenda. Another PCT's secretary gets a 404, a member cannot accept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class ProposalFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void membersProposeItemsAndTheSecretaryAcceptsOrDeclinesThem() {
		DemoIds ids = new DemoIds(this.jdbc);
		long southvale = ids.organisation("SVL");
		long demo = this.jdbc.queryForObject("select id from item_proposal where organisation_id = ? "
				+ "and status = 'PROPOSED' order by id limit 1", Long.class, southvale);
		long coming = this.jdbc.queryForObject("select meeting_id from item_proposal where id = ?", Long.class, demo);
		long held = this.jdbc.queryForObject("select id from meeting where organisation_id = ? and status = 'HELD' and committee_id in (select id from committee where kind = 'PEC') "
				+ "order by meeting_date desc limit 1", Long.class, southvale);
		String proposals = "/meetings/" + coming + "/agenda/proposals";

		BrowserlessSession secretary = BrowserlessSession.loggedIn(this.port, "secretary@southvale.example");
		assertThat(secretary.get("/").body())
			.contains("1 item proposed for a coming meeting waits for you to accept or decline.")
			.contains(proposals);

		BrowserlessSession member = BrowserlessSession.loggedIn(this.port, "member@southvale.example");
		assertThat(member.get("/meetings/" + coming + "/agenda").body()).contains("Propose an item for this meeting");
		member.get(proposals + "/new");
		int before = count();
		Page refused = member.post(proposals, Map.of("title", " ", "minutes", "1440"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Enter the title of the item")
			.contains("Choose whether the item is for decision, discussion or information")
			.contains("Enter the time needed as a number of minutes from 1 to 600");
		member.get("/meetings/" + held + "/agenda/proposals");
		assertThat(member.post("/meetings/" + held + "/agenda/proposals", Map.of("title", "Too late", "purpose",
				"DISCUSSION")).body()).contains("Items can only be proposed for a meeting still to come");
		assertThat(count()).isEqualTo(before);

		member.get(proposals + "/new");
		assertThat(member.post(proposals, Map.of("title", "Practice boundaries review", "purpose", "DECISION",
				"reason", "Two practices want to change their boundaries.", "minutes", "15")).status())
			.isEqualTo(302);
		long mine = this.jdbc.queryForObject("select max(id) from item_proposal where meeting_id = ?", Long.class,
				coming);
		assertThat(member.get(proposals).body()).contains("Practice boundaries review")
			.contains("Waiting for the secretary");

		String decline = proposals + "/" + mine;
		secretary.get(decline);
		assertThat(secretary.post(decline + "/decline", Map.of("because", "", "version", version(mine))).body())
			.contains("Enter why the item is declined");
		assertThat(secretary.post(decline + "/decline", Map.of("because",
				"The boundaries go to the primary care sub-committee first.", "version", version(mine))).status())
			.isEqualTo(302);
		assertThat(member.get(proposals).body()).contains("Declined")
			.contains("The boundaries go to the primary care sub-committee first.");

		assertThat(member.post(proposals + "/" + demo + "/accept", Map.of("version", version(demo))).status())
			.isEqualTo(403);
		BrowserlessSession other = BrowserlessSession.loggedIn(this.port, "secretary@northshire.example");
		assertThat(other.get(proposals).status()).isEqualTo(404);
		assertThat(other.post(proposals + "/" + demo + "/accept", Map.of("version", version(demo))).status())
			.isEqualTo(404);

		secretary.get(proposals);
		assertThat(secretary.post(proposals + "/" + demo + "/accept", Map.of("version", version(demo))).status())
			.isEqualTo(302);
		long item = this.jdbc.queryForObject("select item_id from item_proposal where id = ?", Long.class, demo);
		Map<String, Object> added = this.jdbc.queryForMap(
				"select i.title, i.presenter_id, i.minutes_allotted, p.proposer_id from agenda_item i "
						+ "join item_proposal p on p.item_id = i.id where i.id = ?", item);
		assertThat(added.get("presenter_id")).isEqualTo(added.get("proposer_id"));
		assertThat(added.get("minutes_allotted")).isEqualTo(20);
		assertThat(secretary.get("/").body()).doesNotContain("proposed for a coming meeting");

		// A presenter on the register flagged on their own item is called out.
		long nadia = ids.person("nadia.rahman@southvale.example");
		long provider = this.jdbc.queryForObject(
				"select id from directory_organisation where organisation_id = ? and name = 'Southvale Community Health Ltd'",
				Long.class, southvale);
		String agenda = "/meetings/" + coming + "/agenda";
		assertThat(secretary.get(agenda).body()).doesNotContain("presents this item and is flagged on it");
		secretary.get(agenda + "/items/" + item + "/edit");
		assertThat(secretary.post(agenda + "/items/" + item, Map.of("title", "Access to out-of-hours dental care",
				"purpose", "DISCUSSION", "publicItem", "true", "presenterId", Long.toString(nadia), "organisationIds",
				Long.toString(provider), "version", Long.toString(this.jdbc.queryForObject(
						"select version from agenda_item where id = ?", Long.class, item))))
			.status()).isEqualTo(302);
		assertThat(secretary.get(agenda).body()).contains("Nadia Rahman presents this item and is flagged on it");
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from item_proposal", Integer.class);
	}

	private String version(long proposal) {
		return Long.toString(
				this.jdbc.queryForObject("select version from item_proposal where id = ?", Long.class, proposal));
	}

}
