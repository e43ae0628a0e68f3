package org.pecgov.load;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One page read by many users at once, for the pages' throughput side by side with another service on the same
 * machine (README, "Load test"): {@code -Dpath=/members -Dlogin=admin@southvale.example} signs each user in
 * first; without {@code login} the page is read anonymously, so that spring-petclinic's
 * {@code -Dpath=/owners?lastName=} runs under the same load.
 */
public class OnePage extends Simulation {

	private static final String URL = System.getProperty("pecgov.url", "http://localhost:8080");

	private static final String PASSWORD = System.getProperty("pecgov.password", "Demo-password-2026!");

	private static final String PATH = System.getProperty("path", "/public/SVL/register");

	private static final String LOGIN = System.getProperty("login", "");

	private static final int USERS = Integer.getInteger("users", 32);

	private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 30));

	private final HttpProtocolBuilder protocol = http.baseUrl(URL)
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("en-GB")
		.userAgentHeader("pecgov-load-test");

	private static ChainBuilder logIn() {
		if (LOGIN.isEmpty()) {
			return exec((session) -> session);
		}
		return exec(http("login page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("log in").post("/login")
				.formParam("username", LOGIN)
				.formParam("password", PASSWORD)
				.formParam("_csrf", "#{csrf}")
				.check(status().is(200), css("form[action='/logout']").exists()));
	}

	private final ScenarioBuilder reader = scenario(PATH).exec(logIn())
		.during(LENGTH)
		.on(exec(http(PATH).get(PATH).check(status().is(200))));

	{
		setUp(this.reader.injectOpen(atOnceUsers(USERS))).protocols(this.protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

}
