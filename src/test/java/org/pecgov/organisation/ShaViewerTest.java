package org.pecgov.organisation;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An SHA viewer reads the PCTs of their SHA, one at a time, and changes nothing.
 */
@IntegrationTest
class ShaViewerTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void choosesAPctOfTheirShaReadsItAndChangesNothing() throws Exception {
		Cookie session = this.mvc
			.perform(formLogin("/login").user("username", "sha@northmidlands.example")
				.password("password", TestUsers.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		long northshire = new DemoIds(this.jdbc).organisation("NSH");

		assertThat(this.mvc.perform(get("/committees").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/sha");
		MvcResult chosen = this.mvc.perform(post("/sha/pcts/" + northshire).cookie(session).with(csrf())).andReturn();
		assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/committees");

		MockHttpServletResponse committees = this.mvc.perform(get("/committees").cookie(session)).andReturn().getResponse();
		assertThat(committees.getStatus()).isEqualTo(200);
		assertThat(committees.getContentAsString()).contains("Professional Executive Committee")
			.contains("You are reading Northshire PCT");
		assertThat(this.mvc.perform(get("/terms").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/skills").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(post("/committees").cookie(session).with(csrf()).param("name", "Sneaky"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void aPctOfAnotherShaDoesNotExistForThem() throws Exception {
		Cookie session = this.mvc
			.perform(formLogin("/login").user("username", "sha@northmidlands.example")
				.password("password", TestUsers.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Long otherSha = this.jdbc.queryForObject(
				"insert into organisation (type, code, name) values ('SHA', 'OSHA' || floor(random() * 100000)::int, 'Other SHA ' || floor(random() * 1000000)::int) returning id",
				Long.class);
		Long otherPct = this.jdbc.queryForObject(
				"insert into organisation (type, code, name, sha_id) values ('PCT', 'OP' || floor(random() * 100000)::int, 'Other PCT ' || floor(random() * 1000000)::int, ?) returning id",
				Long.class, otherSha);

		assertThat(this.mvc.perform(post("/sha/pcts/" + otherPct).cookie(session).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
