package org.pecgov.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.PecgovDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent twice (a double click without scripts, a retry after a timeout) is acted on once; a form shown
 * again with its problems can be corrected and sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class OnceOnlySubmissionsTest {

	private static final Pattern TOKEN = Pattern.compile("name=\"_submission\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aFormSentTwiceMakesOneRecordAndTheSecondLandsWhereTheFirstDid() {
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@northshire.example");
		String token = token(admin.get("/committees/new").body());
		Map<String, String> form = new LinkedHashMap<>(Map.of("_submission", token, "name", "Sent twice committee",
				"purpose", "Testing", "quorumMinPresent", "3", "quorumMinClinical", "1", "mode", "ADVISORY"));

		Page first = admin.post("/committees", form);
		Page second = admin.post("/committees", form);

		assertThat(first.status()).isEqualTo(302);
		assertThat(second.status()).isEqualTo(302);
		assertThat(second.location()).isEqualTo(first.location());
		assertThat(this.jdbc.queryForObject("select count(*) from committee where name = ?", Long.class,
				"Sent twice committee")).isEqualTo(1);
	}

	@Test
	void aFormShownAgainWithItsProblemsCanBeCorrectedAndSentWithTheSameToken() {
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@northshire.example");
		String token = token(admin.get("/competencies").body());

		Page refused = admin.post("/competencies", Map.of("_submission", token, "family", "", "name", ""));
		Page corrected = admin.post("/competencies", Map.of("_submission", token, "family", "MANAGEMENT", "name",
				"Corrected after a refusal"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(corrected.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from competency where name = ?", Long.class,
				"Corrected after a refusal")).isEqualTo(1);
	}

	private static String token(String page) {
		Matcher token = TOKEN.matcher(page);
		assertThat(token.find()).as("the form carries a token").isTrue();
		return token.group(1);
	}

}
