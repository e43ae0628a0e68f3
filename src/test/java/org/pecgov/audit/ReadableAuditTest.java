package org.pecgov.audit;

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
 * Issue 18 §5: the audit trail names people and records and links to them, in the labels users see, and narrows to
 * one record; another PCT's records are never named.
 */
@IntegrationTest
class ReadableAuditTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private UserDetailsService users;

	@Test
	void aChangedLinkNamesThePersonAndLeadsToTheirRecord() throws Exception {
		long user = new DemoIds(this.jdbc).user("member@northshire.example");
		long person = new DemoIds(this.jdbc).personOfUser("member@northshire.example");
		String name = this.jdbc.queryForObject("select given_name || ' ' || family_name from person where id = ?",
				String.class, person);
		String page = this.mvc.perform(get("/admin/audit?entityType=AppUser&entityId=" + user)
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Showing only the changes to").contains("<strong>Person</strong>")
			.contains("href=\"/members/" + person + "\"").contains(name).doesNotContain("personId")
			.contains("href=\"/admin/users/" + user + "/edit\"");
	}

	@Test
	void narrowsToEveryChangeConcerningOnePersonAndNeverAnotherPcts() throws Exception {
		long person = new DemoIds(this.jdbc).personOfUser("member@northshire.example");
		String name = this.jdbc.queryForObject("select given_name || ' ' || family_name from person where id = ?",
				String.class, person);
		String page = this.mvc.perform(get("/admin/audit").param("person", String.valueOf(person))
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Showing only the changes concerning " + name)
			.contains("Concerning " + name)
			.contains("<option value=\"" + person + "\" selected=\"selected\">");
		assertThat(this.mvc.perform(get("/members/" + person)
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))).andReturn().getResponse()
			.getContentAsString()).contains("href=\"/admin/audit?person=" + person + "\"");

		String elsewhere = this.mvc.perform(get("/admin/audit").param("person", String.valueOf(person))
			.with(user(this.users.loadUserByUsername("admin@southvale.example")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(elsewhere).doesNotContain(name).contains("the audit trail has none concerning them")
			.contains("No changes");
	}

	@Test
	void anotherPctsRecordIsNeverNamed() throws Exception {
		long user = new DemoIds(this.jdbc).user("member@southvale.example");
		String page = this.mvc.perform(get("/admin/audit?entityType=AppUser&entityId=" + user)
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("member@southvale.example");
	}

	@Test
	void fieldsWithoutALabelAreWrittenInWords() {
		assertThat(AuditValues.humanise("periodTo")).isEqualTo("Period to");
		assertThat(AuditValues.humanise("meetingId")).isEqualTo("Meeting");
		assertThat(AuditValues.humanise("x")).isEqualTo("X");
	}

}
