package org.pecgov.security;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class LoginSecurityTest {

	private static final String PASSWORD = "a-Known-password-4-tests";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private UserDetailsService users;

	@Test
	void logsInWithTheFieldsUsernameAndPassword() throws Exception {
		String email = newUser(false);

		MvcResult result = this.mvc.perform(formLogin("/login").user("username", email).password("password", PASSWORD))
			.andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void fiveFailedLoginsLockTheAccountForFifteenMinutesWithoutSayingSo() throws Exception {
		String email = newUser(false);
		for (int i = 0; i < 5; i++) {
			assertThat(login(email, "wrong-password-" + i)).isEqualTo("/login?error");
		}

		assertThat(login(email, PASSWORD)).isEqualTo("/login?error");
		assertThat(this.jdbc.queryForObject(
				"select locked_until between now() + interval '14 minutes' and now() + interval '16 minutes' from app_user where email = ?",
				Boolean.class, email))
			.isTrue();
		assertThat(login("nobody-" + UUID.randomUUID() + "@test.example", PASSWORD)).isEqualTo("/login?error");
		String page = this.mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The email address or password is not right, or the account is locked");
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() throws Exception {
		String email = newUser(false);
		for (int i = 0; i < 4; i++) {
			login(email, "wrong-password-" + i);
		}
		assertThat(login(email, PASSWORD)).isEqualTo("/");
		login(email, "wrong-password-again");

		assertThat(login(email, PASSWORD)).isEqualTo("/");
	}

	@Test
	void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String email = newUser(true);
		MvcResult login = this.mvc.perform(formLogin("/login").user("username", email).password("password", PASSWORD))
			.andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");

		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/account/password");

		String refused = this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "password1234")
				.param("confirmPassword", "password1234"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("too common");

		MvcResult changed = this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "plum orchard lantern 42")
				.param("confirmPassword", "plum orchard lantern 42"))
			.andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(login(email, "plum orchard lantern 42")).isEqualTo("/");
	}

	@Test
	void aOneTimePasswordStopsWorkingAfter72HoursAndTheLoginPageSaysWhy() throws Exception {
		String email = newUser(true);
		this.jdbc.update("update app_user set password_expires_at = now() + interval '1 hour' where email = ?", email);
		assertThat(login(email, PASSWORD)).isEqualTo("/");

		this.jdbc.update("update app_user set password_expires_at = now() - interval '1 second' where email = ?", email);
		assertThat(login(email, PASSWORD)).isEqualTo("/login?oneTimeExpired");
		// a wrong password is not told that the one-time password expired
		assertThat(login(email, "not-the-password-123")).isEqualTo("/login?error");
		assertThat(this.mvc.perform(get("/login?oneTimeExpired")).andReturn().getResponse().getContentAsString())
			.contains("Your one-time password has expired");
	}

	@Test
	void anAdministratorsOneTimePasswordWorksFor72Hours() throws Exception {
		long id = new DemoIds(this.jdbc).user("secretary@southvale.example");
		long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
		String page = this.mvc.perform(post("/admin/users/" + id + "/reset-password").with(csrf())
			.with(user(this.users.loadUserByUsername("admin@southvale.example")))
			.param("version", Long.toString(version))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("one-time-password").contains("Works until").contains("72 hours");
		assertThat(this.jdbc.queryForObject("select password_expires_at between now() + interval '71 hours 59 minutes'"
				+ " and now() + interval '72 hours 1 minute' from app_user where id = ?", Boolean.class, id)).isTrue();
		this.jdbc.update("update app_user set password_hash = ?, must_change_password = false, password_expires_at = null"
				+ " where id = ?", this.encoder.encode(org.pecgov.support.TestUsers.PASSWORD), id);
	}

	@Test
	void aDisabledUserCannotLogIn() throws Exception {
		String email = newUser(false);
		this.jdbc.update("update app_user set enabled = false where email = ?", email);

		assertThat(login(email, PASSWORD)).isEqualTo("/login?error");
	}

	@Test
	void disablingAUserEndsTheSessionsTheyHaveOpen() throws Exception {
		String email = newUser(false);
		Cookie session = this.mvc.perform(formLogin("/login").user("username", email).password("password", PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		long id = new DemoIds(this.jdbc).user(email);
		long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);

		MvcResult renamed = this.mvc
			.perform(post("/admin/users/" + id).with(csrf())
				.with(user(this.users.loadUserByUsername("admin@northshire.example")))
				.param("version", Long.toString(version))
				.param("displayName", "Login test renamed")
				.param("role", "SECRETARY")
				.param("enabled", "true")
				.param("_enabled", "on"))
			.andReturn();
		assertThat(renamed.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		MvcResult disabled = this.mvc
			.perform(post("/admin/users/" + id).with(csrf())
				.with(user(this.users.loadUserByUsername("admin@northshire.example")))
				.param("version", Long.toString(version + 1))
				.param("displayName", "Login test renamed")
				.param("role", "SECRETARY")
				.param("_enabled", "on"))
			.andReturn();

		assertThat(disabled.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		assertThat(this.jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id)).isFalse();
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void aFailedLoginKeepsTheEmailButNeverThePassword() throws Exception {
		MvcResult failed = this.mvc
			.perform(formLogin("/login").user("username", "someone@northshire.example").password("password", "guess-1234567"))
			.andReturn();
		Cookie session = failed.getResponse().getCookie("SESSION");

		String page = this.mvc.perform(get("/login?error").cookie(session)).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("value=\"someone@northshire.example\"").doesNotContain("guess-1234567");
	}

	@Test
	void aFormSentAfterTheSessionEndedAsksToLogInAgain() throws Exception {
		MvcResult result = this.mvc.perform(post("/members").param("familyName", "Lost")).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(this.mvc.perform(get("/login?expired")).andReturn().getResponse().getContentAsString())
			.contains("Your session ended");
	}

	private String login(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user("username", email).password("password", password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String newUser(boolean mustChange) {
		String email = "login-" + UUID.randomUUID() + "@northshire.example";
		long pct = new DemoIds(this.jdbc).organisation("NSH");
		this.jdbc.update("insert into app_user (email, display_name, password_hash, role, organisation_id, "
				+ "must_change_password) values (?, 'Login test', ?, 'SECRETARY', ?, ?)", email,
				this.encoder.encode(PASSWORD), pct, mustChange);
		return email;
	}

}
