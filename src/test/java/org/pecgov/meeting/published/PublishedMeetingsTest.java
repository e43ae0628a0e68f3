package org.pecgov.meeting.published;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What is published of meetings, on the demo data: public meetings and items only, draft minutes never;
 * and the personal calendar feed, behind its secret.
 */
@IntegrationTest
class PublishedMeetingsTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void thePublicSeesPublicItemsAndApprovedMinutesButNoPrivateItemNorDraftMinutes() throws Exception {
		long southvale = new DemoIds(this.jdbc).organisation("SVL");
		long approved = meeting(southvale, "MINUTES_APPROVED");
		long draft = meeting(southvale, "HELD");

		String list = page("/public/SVL/meetings");
		assertThat(list).contains("/public/SVL/meetings/" + approved).contains("/public/SVL/meetings/" + draft);
		assertThat(page("/public/SVL/meetings/" + approved)).contains("Agenda and approved minutes")
			.contains("Budget approved, subject to the finance review");
		String held = page("/public/SVL/meetings/" + draft);
		assertThat(held).contains("Community services contract renewal")
			.doesNotContain("Personnel matter")
			.doesNotContain("Contract renewed for two years")
			.doesNotContain("Holds shares in the provider")
			.doesNotContain("@southvale.example");
		assertThat(status("/public/NSH/meetings/" + draft)).isEqualTo(404);
		assertThat(status("/public/SVL/meetings/999999")).isEqualTo(404);
		assertThat(status("/public/XXX/meetings")).isEqualTo(404);
	}

	@Test
	void aPrivateMeetingIsNotPublishedAtAll() throws Exception {
		long southvale = new DemoIds(this.jdbc).organisation("SVL");
		long coming = meeting(southvale, "AGENDA_PUBLISHED");
		assertThat(status("/public/SVL/meetings/" + coming)).isEqualTo(200);
		this.jdbc.update("update meeting set public_meeting = false where id = ?", coming);
		try {
			assertThat(status("/public/SVL/meetings/" + coming)).isEqualTo(404);
			assertThat(page("/public/SVL/meetings")).doesNotContain("/public/SVL/meetings/" + coming + "\"");
		}
		finally {
			this.jdbc.update("update meeting set public_meeting = true where id = ?", coming);
		}
	}

	@Test
	void aMembersCalendarHasTheirCommitteesMeetingsBehindARenewableSecret() throws Exception {
		var member = this.users.loadUserByUsername("member@southvale.example");
		this.mvc.perform(post("/account/calendar").with(user(member)).with(csrf()));
		String page = this.mvc.perform(get("/account/calendar").with(user(member)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher address = Pattern.compile("/calendar/([0-9a-f]{48})\\.ics").matcher(page);
		assertThat(address.find()).isTrue();
		String feed = "/calendar/" + address.group(1) + ".ics";

		var response = this.mvc.perform(get(feed)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		String calendar = response.getContentAsString();
		assertThat(calendar).startsWith("BEGIN:VCALENDAR")
			.contains("BEGIN:VTIMEZONE")
			.contains("SUMMARY:Professional Executive Committee: Business meeting")
			.contains("TZID=Europe/London");
		assertThat(Pattern.compile("BEGIN:VEVENT").matcher(calendar).results().count()).isGreaterThanOrEqualTo(3);

		this.mvc.perform(post("/account/calendar").with(user(member)).with(csrf()));
		assertThat(this.mvc.perform(get(feed)).andReturn().getResponse().getStatus()).isEqualTo(404);
		for (String wrong : List.of("/calendar/nothing.ics", "/calendar/" + "0".repeat(48) + ".ics")) {
			assertThat(this.mvc.perform(get(wrong)).andReturn().getResponse().getStatus()).isEqualTo(404);
		}
	}

	private long meeting(long organisationId, String status) {
		return this.jdbc.queryForObject("select min(id) from meeting where organisation_id = ? and status = ? "
				+ "and committee_id in (select id from committee where kind = 'PEC')",
				Long.class, organisationId, status);
	}

	private String page(String path) throws Exception {
		var response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

}
