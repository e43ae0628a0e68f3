package org.pecgov.search;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 18 §6: the site search finds, ranked and highlighted, what the user may read and nothing else: never another
 * PCT's records, never an appraisal, a member only their own declarations and record, no paper kept from them by a
 * conflict plan. Records are made for the test with a word found nowhere else.
 */
@IntegrationTest
class SearchAccessTest {

	private static final String WORD = "Zephyrwold";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private long nshPerson;

	private long nshItem;

	private long nshMeeting;

	private Long appraisal;

	private String appraisalComments;

	@BeforeEach
	void records() {
		DemoIds ids = new DemoIds(this.jdbc);
		long nsh = ids.organisation("NSH");
		long svl = ids.organisation("SVL");
		long member = ids.personOfUser("member@northshire.example");
		this.nshPerson = person(nsh, "Quentin", WORD + "e", "quentin.test@northshire.example");
		person(svl, "Saskia", WORD + "e", "saskia.test@southvale.example");
		declaration(nsh, member, "Shares in " + WORD + " Diagnostics Ltd");
		declaration(nsh, this.nshPerson, "Adviser to " + WORD + " Pharmacy Group");
		declaration(svl, ids.personOfUser("member@southvale.example"), "Director of " + WORD + " Southern Ltd");
		this.nshMeeting = meeting(nsh);
		this.nshItem = item(nsh, this.nshMeeting, WORD + " community contract");
		item(svl, meeting(svl), WORD + " estates review");
		this.jdbc.update("insert into decision (organisation_id, item_id, outcome) values (?, ?, ?)", nsh, this.nshItem,
				"The committee agreed to award the " + WORD + " contract for two years");
		this.jdbc.update("""
				insert into paper (organisation_id, item_id, filename, content_type, size_bytes, content, uploaded_at, uploaded_by)
				values (?, ?, ?, 'application/pdf', 3, '\\x255044'::bytea, now(), 'test')""", nsh, this.nshItem,
				WORD.toLowerCase(java.util.Locale.ROOT) + "-tender-report.pdf");
		this.jdbc.update("""
				insert into conflict_plan (organisation_id, item_id, person_id, plan, recorded_by)
				values (?, ?, ?, 'NO_PAPERS', 'test')""", nsh, this.nshItem, member);
		this.appraisal = this.jdbc.query("select id from appraisal where person_id = ? order by id limit 1",
				(rs) -> rs.next() ? rs.getLong(1) : null, member);
		if (this.appraisal != null) {
			this.appraisalComments = this.jdbc.queryForObject("select member_comments from appraisal where id = ?",
					String.class, this.appraisal);
			this.jdbc.update("update appraisal set member_comments = ? where id = ?",
					"I want to lead the " + WORD + " project", this.appraisal);
		}
	}

	@AfterEach
	void cleanUp() {
		if (this.appraisal != null) {
			this.jdbc.update("update appraisal set member_comments = ? where id = ?", this.appraisalComments,
					this.appraisal);
		}
		this.jdbc.update("delete from conflict_plan where item_id in (select id from agenda_item where title like ?)",
				"%" + WORD + "%");
		this.jdbc.update("delete from agenda_item where title like ?", "%" + WORD + "%");
		this.jdbc.update("delete from declaration where description like ?", "%" + WORD + "%");
		this.jdbc.update("delete from person where family_name like ?", "%" + WORD + "%");
	}

	@Test
	void theAdministratorFindsEveryKindOfTheirPctRankedAndHighlighted() throws Exception {
		String page = search("admin@northshire.example", WORD.substring(0, 7));

		assertThat(page).contains("Quentin <mark>" + WORD + "e</mark>")
			.contains("/members/" + this.nshPerson)
			.contains("Shares in <mark>" + WORD + "</mark> Diagnostics Ltd")
			.contains("Adviser to <mark>" + WORD + "</mark> Pharmacy Group")
			.contains(WORD + " community contract")
			.contains("/meetings/" + this.nshMeeting + "/agenda#item-" + this.nshItem)
			.contains("/meetings/" + this.nshMeeting + "/minutes#item-" + this.nshItem)
			.contains(WORD.toLowerCase(java.util.Locale.ROOT) + "-tender-report.pdf")
			.contains("Agenda item")
			.contains("Declaration of interest");
		assertThat(page).doesNotContain("Saskia")
			.doesNotContain("Southern Ltd")
			.doesNotContain("estates review")
			.doesNotContain("lead the")
			.doesNotContain("/appraisals/");
	}

	@Test
	void aMemberFindsTheirOwnDeclarationAndTheMeetingsButNoOneElsesRecordNorAPaperKeptFromThem() throws Exception {
		String page = search("member@northshire.example", WORD);

		assertThat(page).contains("Shares in <mark>" + WORD + "</mark> Diagnostics Ltd")
			.contains("/declarations/mine")
			.contains(WORD + " community contract")
			.contains("award the <mark>" + WORD + "</mark> contract");
		assertThat(page).doesNotContain("Pharmacy Group")
			.doesNotContain("Quentin")
			.doesNotContain("tender-report")
			.doesNotContain("lead the")
			.doesNotContain("Southern Ltd")
			.doesNotContain("estates review");
	}

	@Test
	void anotherPctsSecretaryFindsOnlyTheirOwn() throws Exception {
		String page = search("secretary@southvale.example", WORD);

		assertThat(page).contains("Saskia <mark>" + WORD + "e</mark>")
			.contains(WORD + " estates review")
			.contains("Southern Ltd");
		assertThat(page).doesNotContain("Quentin")
			.doesNotContain("Diagnostics")
			.doesNotContain("community contract")
			.doesNotContain("tender-report")
			.doesNotContain("/meetings/" + this.nshMeeting + "/");
	}

	@Test
	void operatorsAndShaViewersHaveNoSearch() throws Exception {
		for (String email : new String[] { "operator@pecgov.example", "sha@northmidlands.example" }) {
			assertThat(response(email, "/search?q=" + WORD).getStatus()).as(email).isEqualTo(403);
		}
	}

	@Test
	void whatIsTypedIsNeverQuerySyntaxAndTooMuchIsRefusedBesideTheBox() throws Exception {
		assertThat(search("admin@northshire.example", "'):* | !& <>")).contains("Enter a word or a name");
		assertThat(search("admin@northshire.example", "zzqx & !zz | (")).contains("No results for");
		assertThat(search("admin@northshire.example", WORD + " & !(")).contains(WORD + " community contract");
		assertThat(search("admin@northshire.example", "x".repeat(201))).contains("Enter 200 characters or fewer")
			.contains("href=\"#q\"");
	}

	private long person(long organisation, String given, String family, String email) {
		return this.jdbc.queryForObject("""
				insert into person (organisation_id, given_name, family_name, email, profession)
				values (?, ?, ?, ?, 'GP') returning id""", Long.class, organisation, given, family, email);
	}

	private void declaration(long organisation, long person, String description) {
		this.jdbc.update("""
				insert into declaration (organisation_id, person_id, kind, category, description, from_date, declared_on, recorded_by)
				values (?, ?, 'FINANCIAL', 'SHAREHOLDING', ?, current_date - 10, current_date, 'test')""", organisation,
				person, description);
	}

	private long meeting(long organisation) {
		return this.jdbc.queryForObject(
				"select id from meeting where organisation_id = ? order by meeting_date desc limit 1", Long.class,
				organisation);
	}

	private long item(long organisation, long meeting, String title) {
		return this.jdbc.queryForObject("""
				insert into agenda_item (organisation_id, meeting_id, position, title, purpose)
				values (?, ?, (select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = ?), ?, 'DECISION')
				returning id""", Long.class, organisation, meeting, meeting, title);
	}

	private String search(String email, String q) throws Exception {
		MockHttpServletResponse response = response(email,
				"/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse response(String email, String uri) throws Exception {
		return this.mvc.perform(get(java.net.URI.create(uri)).with(user(this.users.loadUserByUsername(email))))
			.andReturn()
			.getResponse();
	}

}
