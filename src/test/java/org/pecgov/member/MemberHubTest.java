package org.pecgov.member;

import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 18 §2: a member's record is the hub of what is known of them, each card shown only to those who may see
 * it; a login is given from it with the user form already filled.
 */
@IntegrationTest
class MemberHubTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Test
	void anAdministratorSeesEveryCardOfAMember() throws Exception {
		long person = new DemoIds(this.jdbc).personOfUser("member@northshire.example");
		String page = page("admin@northshire.example", "/members/" + person);
		assertThat(page).contains("Interests and gifts").contains("Declared now").contains("Attendance")
			.contains("Meetings attended").contains("Appraisal and training").contains("Latest appraisal")
			.contains("User account").contains("member@northshire.example").contains("Second factor");
	}

	@Test
	void aTermOpenToRenewalLeadsAdministratorsToItsReappointmentGateAndNoOneElse() throws Exception {
		// a fixed term under way, not ended and not renewed
		var term = this.jdbc.queryForMap("""
				select a.id, a.person_id from appointment a join organisation o on o.id = a.organisation_id
				where o.code = 'NSH' and a.term_end is not null and a.ended_on is null and a.term_start <= current_date
				  and a.term_end >= current_date
				  and not exists (select 1 from appointment r where r.renews_id = a.id)
				order by a.id limit 1""");
		String gate = "href=\"/appointments/" + term.get("id") + "#renewal-gate\"";
		assertThat(page("admin@northshire.example", "/members/" + term.get("person_id"))).contains(gate)
			.contains("Reappointment: check the conditions");
		assertThat(page("secretary@northshire.example", "/members/" + term.get("person_id"))).doesNotContain(gate);
	}

	@Test
	void theSecretarySeesTrainingButNoAppraisalNorAccount() throws Exception {
		long person = new DemoIds(this.jdbc).personOfUser("member@northshire.example");
		String page = page("secretary@northshire.example", "/members/" + person);
		assertThat(page).contains("Interests and gifts").contains("Courses in the last 12 months")
			.doesNotContain("Latest appraisal").doesNotContain("User account");
	}

	@Test
	void aMemberSeesTheirOwnHubButNotTheAccountCard() throws Exception {
		long person = new DemoIds(this.jdbc).personOfUser("member@northshire.example");
		String page = page("member@northshire.example", "/members/" + person);
		assertThat(page).contains("Interests and gifts").contains("Declare an interest").contains("Latest appraisal")
			.doesNotContain("User account");
	}

	@Test
	void aPersonWithoutALoginIsGivenOneFromTheirRecordWithTheFormFilled() throws Exception {
		Long person = this.jdbc.queryForObject("""
				select p.id from person p join organisation o on o.id = p.organisation_id
				where o.code = 'NSH' and p.retired_on is null and p.email is not null
				  and not exists (select 1 from app_user u where u.person_id = p.id)
				order by p.id limit 1""", Long.class);
		String email = this.jdbc.queryForObject("select email from person where id = ?", String.class, person);
		assertThat(page("admin@northshire.example", "/members/" + person)).contains("They cannot log in yet")
			.contains("/admin/users/new?person=" + person);
		assertThat(page("admin@northshire.example", "/admin/users/new?person=" + person)).contains("value=\"" + email + "\"");
		long other = new DemoIds(this.jdbc).personOfUser("member@southvale.example");
		assertThat(this.mvc.perform(get("/admin/users/new?person=" + other)
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))).andReturn().getResponse().getStatus())
			.as("another PCT's person").isEqualTo(404);
	}

	@Test
	void administratorsDownloadTheirRegisterAsCsvAndNoOneElseDoes() throws Exception {
		var csv = this.mvc.perform(get("/members?format=csv")
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))).andReturn().getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		String body = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String own = this.jdbc.queryForObject("select p.email from person p join organisation o on o.id = p.organisation_id "
				+ "where o.code = 'NSH' and p.email is not null and p.retired_on is null order by p.id limit 1", String.class);
		String other = this.jdbc.queryForObject("select p.email from person p join organisation o on o.id = p.organisation_id "
				+ "where o.code = 'SVL' and p.email is not null order by p.id limit 1", String.class);
		assertThat(body).contains("Given name").contains("Family name").contains(own).doesNotContain(other);
		assertThat(this.mvc.perform(get("/members?format=csv")
			.with(user(this.users.loadUserByUsername("secretary@northshire.example")))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(page("admin@northshire.example", "/members")).contains("Download the register (CSV)");
	}

	private String page(String email, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.users.loadUserByUsername(email)))).andReturn().getResponse()
			.getContentAsString();
	}

}
