package org.pecgov.organisation;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An SHA viewer reads the PCTs of their SHA, each at its own address ({@code /sha/{pctCode}/...}), and changes
 * nothing.
 */
@IntegrationTest
class ShaViewerTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void readsAPctOfTheirShaAtItsAddressAndChangesNothing() throws Exception {
		Cookie session = signIn("sha@northmidlands.example");

		assertThat(this.mvc.perform(get("/committees").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/sha");
		assertThat(this.mvc.perform(get("/sha").cookie(session)).andReturn().getResponse().getContentAsString())
			.contains("href=\"/sha/NSH/committees\"");

		MockHttpServletResponse committees = this.mvc.perform(get("/sha/NSH/committees").cookie(session))
			.andReturn()
			.getResponse();
		assertThat(committees.getStatus()).isEqualTo(200);
		assertThat(committees.getContentAsString()).contains("Professional Executive Committee")
			.contains("You are reading Northshire PCT")
			.contains("href=\"/sha/NSH/committees/");
		assertThat(status(get("/sha/NSH/terms").cookie(session))).isEqualTo(200);
		assertThat(status(get("/sha/NSH/skills").cookie(session))).isEqualTo(200);
		assertThat(status(post("/committees").cookie(session).with(csrf()).param("name", "Sneaky"))).isEqualTo(403);
		assertThat(status(post("/sha/NSH/committees").cookie(session).with(csrf()).param("name", "Sneaky")))
			.isIn(403, 404, 405);
		assertThat(status(get("/sha/NSH/members").cookie(session))).isEqualTo(403);
	}

	@Test
	void twoTabsOnTwoPctsNeverMix() throws Exception {
		Cookie session = signIn("sha@northmidlands.example");

		String northshire = body(get("/sha/NSH/committees").cookie(session));
		String southvale = body(get("/sha/SVL/committees").cookie(session));
		String northshireAgain = body(get("/sha/NSH/committees").cookie(session));

		assertThat(northshire).contains("You are reading Northshire PCT");
		assertThat(southvale).contains("You are reading Southvale PCT").doesNotContain("Northshire PCT");
		assertThat(northshireAgain).contains("You are reading Northshire PCT");
	}

	@Test
	void aPctOfAnotherShaDoesNotExistForThem() throws Exception {
		Cookie session = signIn("sha@northmidlands.example");
		Long otherSha = this.jdbc.queryForObject(
				"insert into organisation (type, code, name) values ('SHA', 'OSHA' || floor(random() * 100000)::int, 'Other SHA ' || floor(random() * 1000000)::int) returning id",
				Long.class);
		String otherPct = this.jdbc.queryForObject(
				"insert into organisation (type, code, name, sha_id) values ('PCT', 'OP' || floor(random() * 100000)::int, 'Other PCT ' || floor(random() * 1000000)::int, ?) returning code",
				String.class, otherSha);

		assertThat(status(get("/sha/" + otherPct + "/committees").cookie(session))).isEqualTo(404);
		assertThat(status(get("/sha/NOSUCH/committees").cookie(session))).isEqualTo(404);
	}

	@Test
	void nobodyElseReadsAPctThroughAnShasAddress() throws Exception {
		Cookie admin = signIn("admin@northshire.example");

		assertThat(status(get("/sha/SVL/committees").cookie(admin))).isEqualTo(404);
	}

	private Cookie signIn(String email) throws Exception {
		return this.mvc.perform(formLogin("/login").user("username", email).password("password", TestUsers.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
