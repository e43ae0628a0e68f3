package org.pecgov.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
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
 * Requests anyone can send cost a 4xx with the service's page, never a 500, a session row or a redirect to
 * a host of the sender's choosing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class HostileRequestsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aRedirectNeverFollowsTheHostHeader() throws IOException {
		String answer = raw("GET /members HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 302");
		assertThat(location(answer)).isEqualTo("/login").doesNotContain("evil.example");
	}

	@Test
	void aForgedCsrfTokenOfTheRightLengthIsRefusedNotAnError() {
		BrowserlessSession visitor = new BrowserlessSession(this.port);
		String token = token(visitor.get("/login").body());
		byte[] forged = new byte[Base64.getUrlDecoder().decode(token).length];
		new SecureRandom().nextBytes(forged);

		Page page = visitor.post("/login", Map.of("_csrf", Base64.getUrlEncoder().encodeToString(forged), "username",
				"member@southvale.example", "password", "anything-at-all"));

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login?expired");
	}

	@Test
	void aNulCharacterInAFieldOrASearchIsABadRequest() {
		BrowserlessSession visitor = new BrowserlessSession(this.port);
		visitor.get("/login");

		Page login = visitor.post("/login", Map.of("username", "member\0@southvale.example", "password", "x"));
		Page search = visitor.get("/public/SVL/register?q=%00");

		assertThat(login.status()).isEqualTo(400);
		assertThat(login.body()).contains("Sorry, there is a problem with that request");
		assertThat(search.status()).isEqualTo(400);
	}

	@Test
	void anAddressTomcatRefusesGetsTheServicesOwnPage() throws IOException {
		String answer = raw("GET /members%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", true);

		assertThat(answer).startsWith("HTTP/1.1 400").contains("Sorry, there is a problem with that request")
			.doesNotContain("Apache Tomcat");
	}

	@Test
	void readingTheLoginPageOrAPublicPageWritesNoSession() {
		long before = sessions();
		BrowserlessSession visitor = new BrowserlessSession(this.port);

		for (int i = 0; i < 5; i++) {
			assertThat(visitor.get("/login").status()).isEqualTo(200);
			assertThat(visitor.get("/public/SVL/register").status()).isEqualTo(200);
			assertThat(visitor.get("/members").status()).isEqualTo(302);
		}

		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void readinessAsksTheDatabaseAndLivenessDoesNot() throws IOException {
		String readiness = raw("GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", true);
		String liveness = raw("GET /actuator/health/liveness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", true);

		assertThat(readiness).startsWith("HTTP/1.1 200").contains("\"db\"").contains("\"readinessState\"");
		assertThat(liveness).startsWith("HTTP/1.1 200").contains("\"livenessState\"").doesNotContain("\"db\"");
	}

	private long sessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

	private String raw(String request) throws IOException {
		return raw(request, false);
	}

	private String raw(String request, boolean withBody) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			StringBuilder answer = new StringBuilder();
			for (String line = in.readLine(); line != null && (withBody || !line.isEmpty()); line = in.readLine()) {
				answer.append(line).append('\n');
			}
			return answer.toString();
		}
	}

	private static String location(String head) {
		Matcher location = Pattern.compile("(?im)^Location: (.*)$").matcher(head);
		return location.find() ? location.group(1).strip() : "";
	}

	private static String token(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

}
