package org.pecgov.user;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import oidcprovider.TestOidcProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 17 §3 end to end against a real OpenID provider started here (Spring Authorization Server): the browser's
 * side of the dance is an HTTP client, pecgov's side is the whole application, which exchanges the code with the
 * provider over HTTP and checks the ID token's signature, issuer, audience and nonce.
 */
@IntegrationTest
class SingleSignOnFlowTest {

	private static final String PROVIDER_PASSWORD = "provider-password-1";

	private static final TestOidcProvider PROVIDER = TestOidcProvider.start("pecgov", "client-secret-for-tests",
			"http://localhost/login/oauth2/code/sso");

	private static final Pattern PROVIDER_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder encoder;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("pecgov.sso.issuer", PROVIDER::issuer);
		registry.add("pecgov.sso.client-id", () -> "pecgov");
		registry.add("pecgov.sso.client-secret", () -> "client-secret-for-tests");
		registry.add("pecgov.sso.label", () -> "Log in with your NHS test account");
	}

	@AfterAll
	static void stop() {
		PROVIDER.close();
	}

	@Test
	void theLoginPageOffersSingleSignOnByItsLabel() throws Exception {
		assertThat(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.contains("Log in with your NHS test account").contains("href=\"/oauth2/authorization/sso\"");
	}

	@Test
	void aUserWithTheVerifiedEmailIsSignedInWithoutBeingAskedForASecondFactor() throws Exception {
		String email = newUser("ADMIN", "NSH");
		PROVIDER.addUser("known-" + email, PROVIDER_PASSWORD, email.toUpperCase(), true);
		MvcResult result = signOn("known-" + email);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(this.mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getContentAsString())
			.contains(email);
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getStatus())
			.as("an administrator, with no second factor asked").isEqualTo(200);
	}

	@Test
	void anUnverifiedEmailIsRefusedWithAClearPage() throws Exception {
		String email = newUser("SECRETARY", "NSH");
		PROVIDER.addUser("unverified-" + email, PROVIDER_PASSWORD, email, false);
		MvcResult result = signOn("unverified-" + email);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/sso/refused?reason=unverified");
		assertThat(result.getResponse().getCookie("SESSION")).satisfiesAnyOf((c) -> assertThat(c).isNull(),
				(c) -> assertThat(this.mvc.perform(get("/members").cookie(c)).andReturn().getResponse().getRedirectedUrl())
					.endsWith("/login"));
		MvcResult page = this.mvc.perform(get("/login/sso/refused?reason=unverified")).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(403);
		assertThat(page.getResponse().getContentAsString()).contains("did not confirm your email address");
	}

	@Test
	void anEmailOfNoUserIsRefusedUnlessTheOperatorAllowsItsDomain() throws Exception {
		String domain = "sso-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		String email = "new.member@" + domain;
		PROVIDER.addUser("new-" + domain, PROVIDER_PASSWORD, email, true, "Nia Newcomer");
		assertThat(signOn("new-" + domain).getResponse().getRedirectedUrl())
			.isEqualTo("/login/sso/refused?reason=unknown");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where email = ?", Integer.class, email)).isZero();

		long pct = new DemoIds(this.jdbc).organisation("NSH");
		var operator = TestUsers.of(Role.OPERATOR);
		MvcResult shared = this.mvc.perform(post("/operator/organisations/" + pct + "/sign-in/domains").with(user(operator))
			.with(csrf()).param("domain", "nhs.net")).andReturn();
		assertThat(shared.getResponse().getContentAsString()).contains("nhs.net is shared by many organisations")
			.contains("value=\"nhs.net\"");
		MvcResult allowed = this.mvc.perform(post("/operator/organisations/" + pct + "/sign-in/domains")
			.with(user(operator)).with(csrf()).param("domain", "@" + domain.toUpperCase())).andReturn();
		assertThat(allowed.getResponse().getRedirectedUrl()).isEqualTo("/operator/organisations/" + pct + "/sign-in");
		try {
			MvcResult made = signOn("new-" + domain);
			assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/");
			Cookie session = made.getResponse().getCookie("SESSION");
			assertThat(this.mvc.perform(get("/declarations").cookie(session)).andReturn().getResponse().getRedirectedUrl())
				.as("nothing opens until an administrator links the account").isEqualTo("/account/awaiting-link");
			assertThat(this.mvc.perform(get("/account/awaiting-link").cookie(session)).andReturn().getResponse()
				.getContentAsString()).contains("Your account is waiting to be completed");
			assertThat(this.jdbc.queryForMap("select role, organisation_id, person_id, display_name, awaiting_link "
					+ "from app_user where email = ?", email)).containsEntry("role", "MEMBER")
				.containsEntry("awaiting_link", true)
				.containsEntry("organisation_id", pct)
				.containsEntry("person_id", null)
				.containsEntry("display_name", "Nia Newcomer");
		}
		finally {
			this.jdbc.update("delete from sso_domain where domain = ?", domain);
		}
	}

	@Test
	void anIdTokenForAnotherAudienceIsRefused() throws Exception {
		String email = newUser("SECRETARY", "NSH");
		PROVIDER.addUserWithAudience("other-" + email, PROVIDER_PASSWORD, email, "another-service");
		MvcResult result = signOn("other-" + email);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/sso/refused?reason=failed");
	}

	@Test
	void aPctThatRequiresSingleSignOnRefusesItsUsersPasswords() throws Exception {
		String email = newUser("SECRETARY", "SVL");
		long pct = new DemoIds(this.jdbc).organisation("SVL");
		this.jdbc.update("update pct_settings set require_single_sign_on = true where organisation_id = ?", pct);
		try {
			MvcResult password = this.mvc.perform(formLogin("/login").user("username", email)
				.password("password", TestUsers.PASSWORD)).andReturn();
			assertThat(password.getResponse().getRedirectedUrl()).isEqualTo("/login?ssoRequired");
			Cookie refused = password.getResponse().getCookie("SESSION");
			if (refused != null) {
				assertThat(this.mvc.perform(get("/members").cookie(refused)).andReturn().getResponse().getRedirectedUrl())
					.endsWith("/login");
			}
			assertThat(this.mvc.perform(get("/login?ssoRequired")).andReturn().getResponse().getContentAsString())
				.contains("Your PCT asks you to log in through single sign-on");
			PROVIDER.addUser("required-" + email, PROVIDER_PASSWORD, email, true);
			assertThat(signOn("required-" + email).getResponse().getRedirectedUrl()).isEqualTo("/");
		}
		finally {
			this.jdbc.update("update pct_settings set require_single_sign_on = false where organisation_id = ?", pct);
		}
	}

	/**
	 * The whole dance: pecgov sends the browser to the provider, the user logs in there, the provider sends the
	 * browser back with a code, and pecgov exchanges it.
	 */
	private MvcResult signOn(String providerUsername) throws Exception {
		MvcResult start = this.mvc.perform(get("/oauth2/authorization/sso")).andReturn();
		String authorize = start.getResponse().getRedirectedUrl();
		assertThat(authorize).startsWith(PROVIDER.issuer() + "/oauth2/authorize").contains("code_challenge=")
			.contains("nonce=");
		Cookie session = start.getResponse().getCookie("SESSION");
		assertThat(session).as("the session that keeps the request's state and nonce").isNotNull();

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> toLogin = send(browser, HttpRequest.newBuilder(URI.create(authorize)).GET().build());
		assertThat(toLogin.statusCode()).isEqualTo(302);
		String loginPage = send(browser, HttpRequest.newBuilder(URI.create(PROVIDER.issuer() + "/login")).GET().build()).body();
		Matcher csrf = PROVIDER_CSRF.matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(providerUsername, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PROVIDER_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> loggedIn = send(browser, HttpRequest.newBuilder(URI.create(PROVIDER.issuer() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		String next = loggedIn.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> back = send(browser, HttpRequest.newBuilder(URI.create(next)).GET().build());
		URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
		assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/sso");
		return this.mvc.perform(get(callback).cookie(session)).andReturn();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String newUser(String role, String pctCode) {
		String email = "sso-" + UUID.randomUUID() + "@" + pctCode.toLowerCase() + ".example";
		long pct = new DemoIds(this.jdbc).organisation(pctCode);
		this.jdbc.update("insert into app_user (email, display_name, password_hash, role, organisation_id, "
				+ "must_change_password) values (?, 'Single sign-on test', ?, ?, ?, false)", email,
				this.encoder.encode(TestUsers.PASSWORD), role, pct);
		return email;
	}

}
