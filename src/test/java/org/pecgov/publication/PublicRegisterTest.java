package org.pecgov.publication;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.PdfText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published register on PostgreSQL, read without signing in: what a PCT publishes, and what it never does.
 */
@IntegrationTest
@Transactional
class PublicRegisterTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private long northshire;

	private long holder;

	@BeforeEach
	void ids() {
		DemoIds ids = new DemoIds(this.jdbc);
		this.northshire = ids.organisation("NSH");
		this.holder = ids.person("rajesh.patel@northshire.example");
	}

	@Test
	void anyoneReadsTheConsentedInterestsOfPostHolders() {
		declare(this.holder, "Published shareholding in Acme Diagnostics", true, null);
		declare(this.holder, "Unpublished interest of a post holder", false, null);
		declare(this.holder, "Interest that ended long ago", true, LocalDate.now().minusYears(2));
		long nonHolder = nonHolder();
		declare(nonHolder, "Interest of someone who holds no post", true, null);

		assertThat(this.mvc.get().uri("/public/nsh/register")).hasStatusOk()
			.bodyText()
			.contains("Published shareholding in Acme Diagnostics")
			.contains("Rajesh Patel")
			.doesNotContain("Unpublished interest of a post holder")
			.doesNotContain("Interest that ended long ago")
			.doesNotContain("Interest of someone who holds no post")
			.doesNotContain("@northshire.example")
			.doesNotContain("Log out");
	}

	@Test
	void theDownloadHasTheSameEntriesWithFormulasNeutralised() {
		declare(this.holder, "=HYPERLINK(\"http://evil.example\")", true, null);
		declare(this.holder, "Unpublished interest of a post holder", false, null);
		declare(nonHolder(), "Interest of someone who holds no post", true, null);

		MvcTestResult csv = this.mvc.get().uri("/public/NSH/register.csv").exchange();

		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(csv).headers().hasValue("Content-Disposition", "attachment; filename=\"register-of-interests-NSH.csv\"");
		assertThat(csv).bodyText()
			.startsWith("\uFEFFPost holder,Posts,")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")
			.contains("Rajesh Patel")
			.doesNotContain("Unpublished interest of a post holder")
			.doesNotContain("Interest of someone who holds no post")
			.doesNotContain("@northshire.example");
		assertThat(this.mvc.get().uri("/public/NOPE/register.csv")).hasStatus(404);
	}

	@Test
	void anotherPctsRegisterShowsNoneOfThisPctsInterests() {
		declare(this.holder, "Northshire-only interest", true, null);

		assertThat(this.mvc.get().uri("/public/SVL/register")).hasStatusOk()
			.bodyText()
			.contains("Southvale PCT")
			.doesNotContain("Northshire-only interest");
	}

	@Test
	void anUnknownPctOrAnShaIsNotFound() {
		assertThat(this.mvc.get().uri("/public/NOPE/register")).hasStatus(404);
		String sha = this.jdbc.queryForObject("select code from organisation where type = 'SHA' order by id limit 1",
				String.class);
		assertThat(this.mvc.get().uri("/public/" + sha + "/register")).hasStatus(404);
	}

	@Test
	void thePublishedGiftsRegisterShowsWhatWasOfferedToPostHolders() {
		this.jdbc.update("""
				insert into gift (organisation_id, person_id, kind, offered_by, description, value, offered_on, accepted,
				                  reason, approver, recorded_by)
				values (?, ?, 'HOSPITALITY', 'Acme Diagnostics', 'Dinner at a product launch', 80, ?, false,
				        'A private reason', 'A private approver', 'test')
				""", this.northshire, this.holder, LocalDate.now().minusDays(3));

		assertThat(this.mvc.get().uri("/public/NSH/gifts")).hasStatusOk()
			.bodyText()
			.contains("Dinner at a product launch")
			.contains("Declined")
			.doesNotContain("A private reason")
			.doesNotContain("@northshire.example");
		MvcTestResult pdf = this.mvc.get().uri("/public/NSH/gifts.pdf").exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(PdfText.of(pdf.getResponse().getContentAsByteArray())).contains("Dinner at a product launch")
			.doesNotContain("A private reason");
		assertThat(this.mvc.get().uri("/public/NSH/gifts.csv")).hasStatusOk()
			.bodyText()
			.contains("Dinner at a product launch,80.00,Declined")
			.doesNotContain("A private reason")
			.doesNotContain("A private approver");
	}

	@Test
	void aPageNumberThatIsNotANumberShowsTheFirstPage() {
		assertThat(this.mvc.get().uri("/public/NSH/register?page=abc")).hasStatusOk();
		assertThat(this.mvc.get().uri("/public/NSH/register?page=99999999999")).hasStatusOk();
	}

	private long nonHolder() {
		Long id = this.jdbc.queryForObject("""
				select min(p.id) from person p where p.organisation_id = ?
				  and not exists (select 1 from appointment a where a.person_id = p.id)
				""", Long.class, this.northshire);
		assertThat(id).as("a person on the register who holds no post").isNotNull();
		return id;
	}

	private void declare(long person, String description, boolean consent, LocalDate ended) {
		LocalDate from = LocalDate.now().minusYears(3);
		this.jdbc.update("""
				insert into declaration (organisation_id, person_id, kind, category, description, from_date, to_date,
				                         publish_consent, declared_on, recorded_by)
				values (?, ?, 'FINANCIAL', 'SHAREHOLDING', ?, ?, ?, ?, ?, 'test')
				""", this.northshire, person, description, from, ended, consent, from);
	}

}
