package org.pecgov.load;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
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

	private static final String PATH = System.getProperty("path", "/public/SVL/register");

	private static final String LOGIN = System.getProperty("login", "");

	private static final int USERS = Integer.getInteger("users", 32);

	private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("seconds", 30));

	private final HttpProtocolBuilder protocol = RoleJourneys.protocol();

	private static ChainBuilder logIn() {
		return LOGIN.isEmpty() ? exec((session) -> session) : RoleJourneys.logIn(LOGIN);
	}

	private final ScenarioBuilder reader = scenario(PATH).exec(logIn())
		.during(LENGTH)
		.on(exec(http(PATH).get(PATH).check(status().is(200))));

	{
		setUp(this.reader.injectOpen(atOnceUsers(USERS))).protocols(this.protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

}
