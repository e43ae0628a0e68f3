package org.pecgov.flow;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pecgov.PecgovApplication;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one PostgreSQL, as behind a load balancer without sticky sessions: a login
 * on one serves the next request on the other, a form's token from one is accepted by the other, and two users
 * editing one record through different instances get a 409, not a lost update.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	private int first;

	@Autowired
	private HikariDataSource database;

	@Autowired
	private JdbcTemplate jdbc;

	private ConfigurableApplicationContext other;

	private int second;

	@BeforeAll
	void startTheSecondInstance() {
		this.other = new SpringApplicationBuilder(PecgovApplication.class).properties("server.port=0",
				"spring.datasource.url=" + this.database.getJdbcUrl(),
				"spring.datasource.username=" + this.database.getUsername(),
				"spring.datasource.password=" + this.database.getPassword(), "pecgov.embedded-database.enabled=false",
				"pecgov.demo=true", "pecgov.demo-password=" + TestUsers.PASSWORD, "pecgov.outbox.initial-delay=P1D",
				"pecgov.reminders.cron=-", "pecgov.breaches.cron=-", "pecgov.submissions.cron=-")
			.run();
		this.second = ((WebServerApplicationContext) this.other).getWebServer().getPort();
	}

	@AfterAll
	void stopIt() {
		if (this.other != null) {
			this.other.close();
		}
	}

	@Test
	void aLoginOnOneInstanceServesTheNextRequestOnTheOther() {
		BrowserlessSession onFirst = BrowserlessSession.loggedIn(this.first, "chair@southvale.example");

		Page members = onFirst.on(this.second).get("/members");

		assertThat(this.second).isNotEqualTo(this.first);
		assertThat(members.status()).isEqualTo(200);
		// signed in there: the register, with the signed-in header, not the login page
		assertThat(members.body()).contains("action=\"/logout\"").doesNotContain("name=\"password\"");
	}

	@Test
	void aFormFromOneInstanceIsSavedByTheOther() {
		BrowserlessSession onFirst = BrowserlessSession.loggedIn(this.first, "admin@southvale.example");
		onFirst.get("/competencies");

		Page saved = onFirst.on(this.second).post("/competencies",
				Map.of("family", "MANAGEMENT", "name", "Sent through another instance"));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from competency where name = ?", Long.class,
				"Sent through another instance")).isEqualTo(1);
	}

	@Test
	void twoEditsOfOneRecordThroughDifferentInstancesGiveTheSecondA409() {
		long southvale = this.jdbc.queryForObject("select id from organisation where code = 'SVL'", Long.class);
		long competency = this.jdbc.queryForObject("insert into competency (organisation_id, family, name, position) "
				+ "values (?, 'MANAGEMENT', 'Edited through two instances', 99) returning id", Long.class, southvale);
		String family = "MANAGEMENT";
		BrowserlessSession one = BrowserlessSession.loggedIn(this.first, "admin@southvale.example");
		BrowserlessSession two = BrowserlessSession.loggedIn(this.second, "admin@southvale.example");
		String seenByOne = version(one.get("/competencies/" + competency + "/edit").body());
		String seenByTwo = version(two.get("/competencies/" + competency + "/edit").body());

		Page first = one.post("/competencies/" + competency,
				Map.of("version", seenByOne, "family", family, "name", "Renamed through the first instance"));
		Page second = two.post("/competencies/" + competency,
				Map.of("version", seenByTwo, "family", family, "name", "Renamed through the second instance"));

		assertThat(first.status()).isEqualTo(302);
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.body()).contains("Renamed through the second instance");
		assertThat(this.jdbc.queryForObject("select name from competency where id = ?", String.class, competency))
			.isEqualTo("Renamed through the first instance");
	}

	private static String version(String page) {
		Matcher version = VERSION.matcher(page);
		assertThat(version.find()).isTrue();
		return version.group(1);
	}


	@Test
	void aRequestTomcatRefusesBeforeTheServiceSeesItCarriesItsIdAsTheServicesDo() throws Exception {
		java.net.http.HttpResponse<String> refused = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.first + "/%00"))
				.header("X-Request-Id", "req-tomcat-1")
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(400);
		// the id is given before Tomcat's pipeline, so its own log line for the request carries it too
		assertThat(refused.headers().firstValue("X-Request-Id")).hasValue("req-tomcat-1");
	}

}
