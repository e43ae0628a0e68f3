package org.pecgov.flow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PdfText;
import org.pecgov.support.PecgovDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One board pack (issue 16, §5), over real HTTP: the secretary's pack has a cover, the agenda with the page each item
 * starts on, the conflicts matrix, and each item's papers merged with a bookmark per item; a corrupt PDF is listed as
 * unreadable and the pack is still built; a member the chair said receives no papers for an item gets a pack without
 * them; the public's pack holds public items only; another PCT's user gets a 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class BoardPackFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void thePackHoldsWhatEachReaderMayReadWithPageNumbersThatMatchTheAgenda() throws IOException {
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
		String location = secretary.post("/meetings", Map.of("committeeId", Long.toString(pec), "type", "BUSINESS",
				"date", LocalDate.now().plusDays(28).toString(), "startTime", "14:00", "place", "Southvale House",
				"remoteLink", "https://meet.example.org/pec-private-link", "publicMeeting", "true")).location();
		long meeting = Long.parseLong(location.replaceAll("^.*/meetings/(\\d+).*$", "$1"));
		String agenda = "/meetings/" + meeting + "/agenda";
		secretary.get(agenda + "/items/new");
		secretary.post(agenda + "/items", Map.of("title", "Community services contract", "purpose", "DECISION",
				"publicItem", "true", "organisationIds", Long.toString(provider), "minutes", "30"));
		secretary.get(agenda + "/items/new");
		secretary.post(agenda + "/items", Map.of("title", "Staffing matter", "purpose", "DISCUSSION", "publicItem",
				"false", "minutes", "15"));
		long contract = item(meeting, 1);
		long staffing = item(meeting, 2);
		insertPaper(southvale, contract, "contract.pdf", pdf(3));
		insertPaper(southvale, contract, "broken.pdf", "%PDF-1.4 this is not really a PDF".getBytes());
		insertPaper(southvale, staffing, "staffing.pdf", pdf(2));

		byte[] full = secretary.bytes("/meetings/" + meeting + "/pack.pdf");
		try (PDDocument pack = Loader.loadPDF(full)) {
			// cover, agenda, conflicts matrix; item 1's divider and 3 pages; item 2's divider and 2 pages
			assertThat(pack.getNumberOfPages()).isEqualTo(3 + 1 + 3 + 1 + 2);
			PDOutlineItem first = pack.getDocumentCatalog().getDocumentOutline().getFirstChild();
			assertThat(first.getTitle()).isEqualTo("Agenda");
			PDOutlineItem item1 = first.getNextSibling();
			assertThat(item1.getTitle()).isEqualTo("Item 1: Community services contract");
			assertThat(pageOf(pack, item1.findDestinationPage(pack))).isEqualTo(4);
			assertThat(pageOf(pack, item1.getNextSibling().findDestinationPage(pack))).isEqualTo(8);
		}
		String text = PdfText.of(full);
		assertThat(text).contains("Board pack")
			.contains("14:00 (30 minutes)")
			.contains("page 4")
			.contains("14:30 (15 minutes)")
			.contains("page 8")
			.contains("Conflicts of interest")
			.contains("Nadia Rahman")
			.contains("broken.pdf: this file could not be read as a PDF")
			.contains("contract.pdf: 3 pages, from page 5")
			.contains("Page 10 of 10")
			.contains("https://meet.example.org/pec-private-link");

		// a member who receives no papers for the contract item
		long member = ids.personOfUser("member@southvale.example");
		this.jdbc.update("insert into conflict_plan (version, organisation_id, item_id, person_id, plan, recorded_by) "
				+ "values (0, ?, ?, ?, 'NO_PAPERS', 'test')", southvale, contract, member);
		byte[] members = BrowserlessSession.loggedIn(this.port, "member@southvale.example")
			.bytes("/meetings/" + meeting + "/pack.pdf");
		String memberText = PdfText.of(members);
		assertThat(memberText).contains("papers for this item").doesNotContain("Conflicts of interest");
		try (PDDocument pack = Loader.loadPDF(members)) {
			assertThat(pack.getNumberOfPages()).isEqualTo(2 + 1 + 1 + 2);
		}

		// the chair too receives no papers for an item their plan says they receive none of
		long chair = ids.personOfUser("chair@southvale.example");
		this.jdbc.update("insert into conflict_plan (version, organisation_id, item_id, person_id, plan, recorded_by) "
				+ "values (0, ?, ?, ?, 'NO_PAPERS', 'test')", southvale, staffing, chair);
		String chairs = PdfText.of(BrowserlessSession.loggedIn(this.port, "chair@southvale.example")
			.bytes("/meetings/" + meeting + "/pack.pdf"));
		assertThat(chairs).contains("Conflicts of interest").contains("You receive no papers for this item.")
			.contains("contract.pdf");

		// the public: once published, public items only
		this.jdbc.update("update meeting set status = 'AGENDA_PUBLISHED' where id = ?", meeting);
		byte[] publicPack = new BrowserlessSession(this.port).bytes("/public/SVL/meetings/" + meeting + "/pack.pdf");
		assertThat(PdfText.of(publicPack)).contains("Community services contract")
			.doesNotContain("Staffing matter")
			.doesNotContain("pec-private-link")
			.doesNotContain("Nadia Rahman");

		assertThat(BrowserlessSession.loggedIn(this.port, "secretary@northshire.example")
			.get("/meetings/" + meeting + "/pack.pdf")
			.status()).isEqualTo(404);
		assertThat(new BrowserlessSession(this.port).get("/public/NSH/meetings/" + meeting + "/pack.pdf").status())
			.isEqualTo(404);
	}

	private long item(long meeting, int position) {
		return this.jdbc.queryForObject("select id from agenda_item where meeting_id = ? and position = ?", Long.class,
				meeting, position);
	}

	private void insertPaper(long organisation, long item, String name, byte[] content) {
		this.jdbc.update("insert into paper (version, organisation_id, item_id, filename, content_type, size_bytes, "
				+ "content, uploaded_at, uploaded_by) values (0, ?, ?, ?, 'application/pdf', ?, ?, now(), 'test')",
				organisation, item, name, content.length, content);
	}

	private static int pageOf(PDDocument pack, PDPage page) {
		return pack.getPages().indexOf(page) + 1;
	}

	private static byte[] pdf(int pages) throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < pages; i++) {
				doc.addPage(new PDPage());
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

}
