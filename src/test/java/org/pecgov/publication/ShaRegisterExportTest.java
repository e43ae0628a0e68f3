package org.pecgov.publication;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An SHA viewer's CSV of the staff register across the PCTs of their SHA, on PostgreSQL.
 */
@IntegrationTest
@Transactional
class ShaRegisterExportTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Test
	void anShaViewerDownloadsEveryDeclarationOfItsPctsAndNoneOfAnotherSha() {
		DemoIds ids = new DemoIds(this.jdbc);
		declare(ids.organisation("NSH"), ids.person("rajesh.patel@northshire.example"), "+Unpublished but for the SHA",
				false);
		long otherSha = insert("insert into organisation (type, code, name) values ('SHA', 'ZZS', 'Elsewhere SHA')");
		long otherPct = insert("insert into organisation (type, code, name, sha_id) values ('PCT', 'ZZP', 'Elsewhere PCT', "
				+ otherSha + ")");
		long stranger = insert("insert into person (organisation_id, given_name, family_name, email, profession) values ("
				+ otherPct + ", 'Olive', 'Stranger', 'olive@elsewhere.example', 'GP')");
		declare(otherPct, stranger, "Interest in another SHA", true);

		assertThat(this.mvc.get().uri("/sha/interests.csv").with(user(this.users.loadUserByUsername(
				"sha@northmidlands.example")))).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.bodyText()
			.startsWith("\uFEFFPCT,Post holder,")
			.contains("NSH,")
			.contains("SVL,")
			.contains("'+Unpublished but for the SHA")
			.doesNotContain("Interest in another SHA")
			.doesNotContain("Stranger");
	}

	@Test
	void onlyShaViewersMayDownloadIt() {
		assertThat(this.mvc.get().uri("/sha/interests.csv").with(user(this.users.loadUserByUsername(
				"admin@northshire.example")))).hasStatus(403);
		assertThat(this.mvc.get().uri("/sha/interests.csv")).hasStatus(302);
	}

	private long insert(String sql) {
		return this.jdbc.queryForObject(sql + " returning id", Long.class);
	}

	private void declare(long pct, long person, String description, boolean consent) {
		LocalDate from = LocalDate.now().minusYears(1);
		this.jdbc.update("""
				insert into declaration (organisation_id, person_id, kind, category, description, from_date,
				                         publish_consent, declared_on, recorded_by)
				values (?, ?, 'FINANCIAL', 'SHAREHOLDING', ?, ?, ?, ?, 'test')
				""", pct, person, description, from, consent, from);
	}

}
