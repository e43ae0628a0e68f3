package org.pecgov.load;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A journey per role over HTTP, each user signed in once and then reading its pages in a loop for the run's
 * length: the administrator (members, a search, a member, a committee's composition), the PEC chair (home,
 * skills, terms, appraisals), the board secretary (meetings, an agenda, its conflicts, attendance), a member
 * (home, declarations, an agenda), the SHA viewer (the PCTs) and the public (a register, its CSV, meetings).
 *
 * <p>Run against a started service (README, "Load test"): {@code ./mvnw -Pload test-compile gatling:test
 * -Dpecgov.url=http://localhost:8080 -Dpecgov.password=... -Dusers=32 -Dseconds=60}.
 */
public class RoleJourneys extends Simulation {

	static final String URL = System.getProperty("pecgov.url", "http://localhost:8080");

	private static final String PASSWORD = System.getProperty("pecgov.password", "Demo-password-2026!");

	private static final String PCT = System.getProperty("pecgov.pct", "southvale");

	private static final String PCT_CODE = System.getProperty("pecgov.pctCode", "SVL");

	private static final int USERS = Integer.getInteger("users", 32);

	private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 60));

	private static final int P99_MS = Integer.getInteger("p99", 250);

	private final HttpProtocolBuilder protocol = protocol();

	/** The load test's HTTP settings: the service's address, a browser's headers. */
	static HttpProtocolBuilder protocol() {
		return http.baseUrl(URL)
			.acceptHeader("text/html,application/xhtml+xml")
			.acceptLanguageHeader("en-GB")
			.userAgentHeader("pecgov-load-test");
	}

	/** Signs a demo account in (the login page's CSRF token, then the form). */
	static ChainBuilder logIn(String email) {
		return exec(http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("log in").post("/login")
				.formParam("username", email)
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), css("form[action='/logout']").exists()));
	}

	private static ScenarioBuilder journey(String role, String email, ChainBuilder pages) {
		ChainBuilder start = (email != null) ? logIn(email) : exec((session) -> session);
		return scenario(role).exec(start).during(LENGTH).on(pages);
	}

	private final ScenarioBuilder administrator = journey("administrator", "admin@" + PCT + ".example",
			exec(http("members").get("/members").check(regex("href=\"/members/(\\d+)\"").saveAs("member")))
				.exec(http("members search").get("/members?q=a"))
				.exec(http("a member").get("/members/#{member}"))
				.exec(http("committees").get("/committees").check(regex("href=\"/committees/(\\d+)\"").saveAs("committee")))
				.exec(http("composition").get("/committees/#{committee}/composition")));

	private final ScenarioBuilder chair = journey("chair", "chair@" + PCT + ".example",
			exec(http("chair home").get("/")).exec(http("skills").get("/skills"))
				.exec(http("terms").get("/terms"))
				.exec(http("appraisals").get("/appraisals")));

	private final ScenarioBuilder secretary = journey("secretary", "secretary@" + PCT + ".example",
			exec(http("meetings").get("/meetings?when=all").check(regex("href=\"/meetings/(\\d+)\"").saveAs("meeting")))
				.exec(http("agenda").get("/meetings/#{meeting}/agenda"))
				.exec(http("conflicts").get("/meetings/#{meeting}/conflicts"))
				.exec(http("attendance").get("/meetings/#{meeting}/attendance")));

	private final ScenarioBuilder member = journey("member", "member@" + PCT + ".example",
			exec(http("member home").get("/").check(status().is(200)))
				.exec(http("my declarations").get("/declarations/mine"))
				.exec(http("member meetings").get("/meetings").check(regex("href=\"/meetings/(\\d+)\"").saveAs("meeting")))
				.exec(http("member agenda").get("/meetings/#{meeting}/agenda")));

	private final ScenarioBuilder shaViewer = journey("SHA viewer", "sha@northmidlands.example",
			exec(http("the PCTs").get("/sha")));

	private final ScenarioBuilder visitor = journey("public", null,
			exec(http("public register").get("/public/" + PCT_CODE + "/register"))
				.exec(http("public register CSV").get("/public/" + PCT_CODE + "/register.csv").header("Accept", "text/csv"))
				.exec(http("public meetings").get("/public/" + PCT_CODE + "/meetings")));

	{
		int each = Math.max(1, USERS / 6);
		// each user runs its journey for the whole run: USERS requests in flight at any moment
		setUp(this.administrator.injectOpen(atOnceUsers(each)),
				this.chair.injectOpen(atOnceUsers(each)), this.secretary.injectOpen(atOnceUsers(each)),
				this.member.injectOpen(atOnceUsers(each)), this.shaViewer.injectOpen(atOnceUsers(each)),
				this.visitor.injectOpen(atOnceUsers(USERS - 5 * each)))
			.protocols(this.protocol)
			.assertions(global().failedRequests().count().is(0L),
					forAll().responseTime().percentile(99.0).lte(P99_MS));
	}

}
