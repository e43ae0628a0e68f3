package org.pecgov.publication;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.PdfText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A declarant asks for an entry to be withheld; the published register and its CSV show it only as withheld until
 * the conflicts of interest guardian decides; only the guardian decides, and their reason is never published.
 */
@IntegrationTest
@Transactional
class WithholdingFlowTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	private long declaration;

	@BeforeEach
	void aRequest() {
		DemoIds ids = new DemoIds(this.jdbc);
		LocalDate from = LocalDate.now().minusYears(1);
		this.declaration = this.jdbc.queryForObject("""
				insert into declaration (organisation_id, person_id, kind, category, description, from_date,
				                         publish_consent, declared_on, recorded_by)
				values (?, ?, 'FINANCIAL', 'SHAREHOLDING', 'Shares in a clinic under threat', ?, false, ?, 'test')
				returning id""", Long.class, ids.organisation("NSH"), ids.person("rajesh.patel@northshire.example"),
				from, from);
	}

	@Test
	void anUndecidedRequestIsPublishedOnlyAsWithheld() {
		assertThat(this.mvc.get().uri("/public/NSH/register")).hasStatusOk()
			.bodyText()
			.contains("Rajesh Patel")
			.contains("Withheld")
			.doesNotContain("Shares in a clinic under threat");
		assertThat(this.mvc.get().uri("/public/NSH/register.csv")).hasStatusOk()
			.bodyText()
			.contains("Withheld")
			.doesNotContain("Shares in a clinic under threat");
		org.springframework.test.web.servlet.assertj.MvcTestResult pdf = this.mvc.get()
			.uri("/public/NSH/register.pdf")
			.exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(PdfText.of(pdf.getResponse().getContentAsByteArray())).contains("Rajesh Patel")
			.contains("Withheld")
			.doesNotContain("clinic under threat")
			.doesNotContain("@northshire.example");
	}

	@Test
	void onlyTheGuardianDecidesAndTheirReasonStaysPrivate() {
		this.jdbc.update("update app_user set guardian = true where email = 'secretary@northshire.example'");
		UserDetails secretary = this.users.loadUserByUsername("secretary@northshire.example");
		assertThat(decide(this.users.loadUserByUsername("chair@northshire.example"), "PUBLISHED", "No risk found"))
			.hasStatus(403);
		assertThat(decide(this.users.loadUserByUsername("member@northshire.example"), "PUBLISHED", "x")).hasStatus(403);

		assertThat(decide(secretary, "PUBLISHED", "")).hasStatusOk().bodyText().contains("Enter the reason for the decision");
		assertThat(decide(secretary, "PUBLISHED", "No risk found on review")).hasStatus(302);

		assertThat(this.mvc.get().uri("/public/NSH/register")).hasStatusOk()
			.bodyText()
			.contains("Shares in a clinic under threat")
			.doesNotContain("No risk found on review");
		assertThat(this.mvc.get().uri("/interests/withholding").with(user(secretary))).hasStatusOk()
			.bodyText()
			.contains("No risk found on review");
		assertThat(this.mvc.get().uri("/interests/withholding")
			.with(user(this.users.loadUserByUsername("chair@northshire.example")))).hasStatusOk()
			.bodyText()
			.contains("Published")
			.doesNotContain("No risk found on review");

		long version = this.jdbc.queryForObject("select version from declaration where id = ?", Long.class,
				this.declaration);
		assertThat(this.mvc.post()
			.uri("/interests/withholding/" + this.declaration)
			.param("version", Long.toString(version))
			.param("decision", "WITHHELD")
			.param("note", "Threats reported to the police")
			.with(user(secretary))
			.with(csrf())).hasStatus(302);
		assertThat(this.mvc.get().uri("/public/NSH/register.csv")).hasStatusOk()
			.bodyText()
			.doesNotContain("Shares in a clinic under threat")
			.doesNotContain("Threats reported");
		assertThat(decide(secretary, "PUBLISHED", "A stale decision")).hasStatus(409);
	}

	@Test
	void anotherPctsGuardianCannotDecide() {
		this.jdbc.update("update app_user set guardian = true where email = 'admin@southvale.example'");
		assertThat(decide(this.users.loadUserByUsername("admin@southvale.example"), "PUBLISHED", "Not mine"))
			.hasStatus(404);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult decide(UserDetails who, String decision,
			String note) {
		return this.mvc.post()
			.uri("/interests/withholding/" + this.declaration)
			.param("version", "0")
			.param("decision", decision)
			.param("note", note)
			.with(user(who))
			.with(csrf())
			.exchange();
	}

}
