package org.pecgov.user;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pecgov.outbox.OutboxSender;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 17 §2 and §4 with a real mail server in-process (GreenMail): a new user's invitation, "Forgot your
 * password?", links that work once and never stay readable in the database, and a change of password that
 * logs out the user's other browsers and tells them by email.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"pecgov.mail-from=pecgov@northshire.example", "pecgov.base-url=http://localhost:8080" })
class AccountLinksFlowTest {

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final Pattern LINK = Pattern.compile("http://localhost:8080(/set-password/[A-Za-z0-9_-]{43})");

	private static final String CHOSEN = "violet harbour kettle 93";

	private static final String OLD = "an-Old-password-to-reset-7";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private OutboxSender sender;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private org.springframework.security.crypto.password.PasswordEncoder encoder;

	@AfterEach
	void release() {
		this.jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = 'outbox-sender'");
	}

	@Test
	void aNewUserIsInvitedByEmailAndSetsTheirPasswordOnceThroughTheLink() throws Exception {
		String email = "invited." + System.nanoTime() + "@northshire.example";
		MvcResult created = this.mvc.perform(post("/admin/users").with(csrf())
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))
			.param("email", email)
			.param("displayName", "Imogen Tarrant")
			.param("role", "SECRETARY")
			.param("enabled", "true")).andReturn();
		assertThat(created.getResponse().getContentAsString()).contains("Invitation sent").doesNotContain("one-time-password");
		long message = this.jdbc.queryForObject("select id from outbox_message where recipient = ? and kind = 'INVITATION'"
				+ " and status = 'WAITING' and body like '%/set-password/%'", Long.class, email);
		// the outbox page never shows the link, even while it waits
		String shown = this.mvc.perform(get("/admin/outbox/" + message)
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("/set-password/…");
		assertThat(LINK.matcher(shown).find()).isFalse();

		String path = linkIn(sentTo(email));
		String secret = path.substring(path.lastIndexOf('/') + 1);
		// only its hash is kept, and the email's copy in the outbox loses the link once sent
		assertThat(this.jdbc.queryForObject("select count(*) from account_token where token_hash = encode(sha256(?::bytea), 'hex')",
				Integer.class, secret)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where body like ?", Integer.class,
				"%" + secret + "%")).isZero();

		assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Set your password")
			.contains(email);

		// every problem at once, nothing kept: a name in the password, a confirmation that differs
		MvcResult refused = this.mvc.perform(post(path).with(csrf())
			.param("newPassword", "tarrant lantern orchard")
			.param("confirmPassword", "something else entirely")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("must not contain your name")
			.contains("The passwords do not match")
			.doesNotContain("tarrant lantern orchard");

		MvcResult set = this.mvc.perform(post(path).with(csrf()).param("newPassword", CHOSEN).param("confirmPassword", CHOSEN))
			.andReturn();
		assertThat(set.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(login(email, CHOSEN)).isEqualTo("/");

		// used once: the link now says so, and nothing changes
		MvcResult again = this.mvc.perform(post(path).with(csrf())
			.param("newPassword", "another harbour kettle 94")
			.param("confirmPassword", "another harbour kettle 94")).andReturn();
		assertThat(again.getResponse().getStatus()).isEqualTo(410);
		assertThat(again.getResponse().getContentAsString()).contains("expired or has already been used");
		assertThat(login(email, CHOSEN)).isEqualTo("/");
		assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(410);
	}

	@Test
	void aForgedOrExpiredLinkChangesNothing() throws Exception {
		assertThat(this.mvc.perform(get("/set-password/" + "A".repeat(43))).andReturn().getResponse().getStatus())
			.isEqualTo(410);
		assertThat(this.mvc.perform(get("/set-password/not-even-the-right-length")).andReturn().getResponse().getStatus())
			.isEqualTo(410);

		String email = newUser("expired");
		forgot(email);
		String path = linkIn(sentTo(email));
		this.jdbc.update("update account_token set expires_at = now() - interval '1 minute' where token_hash ="
				+ " encode(sha256(?::bytea), 'hex')", path.substring(path.lastIndexOf('/') + 1));

		MvcResult expired = this.mvc.perform(post(path).with(csrf()).param("newPassword", CHOSEN).param("confirmPassword", CHOSEN))
			.andReturn();
		assertThat(expired.getResponse().getStatus()).isEqualTo(410);
		assertThat(login(email, CHOSEN)).isEqualTo("/login?error");
		assertThat(login(email, OLD)).isEqualTo("/");
	}

	@Test
	void forgotYourPasswordAnswersTheSameForAnyAddressAndIsLimited() throws Exception {
		String unknown = forgot("nobody." + System.nanoTime() + "@northshire.example");
		String email = newUser("forgot");
		String known = forgot(email);
		assertThat(unknown).isEqualTo(known).isEqualTo("/login/forgot/sent");

		for (int i = 0; i < 20; i++) {
			assertThat(forgot(email, "192.0.2.7")).isEqualTo("/login/forgot/sent");
		}
		this.sender.sendWaiting();
		assertThat(SMTP.getReceivedMessagesForDomain(email)).hasSize(AccountLinks.RESETS_PER_HOUR);

		// and one address asking for many accounts is held back too
		String other = newUser("forgot-other");
		assertThat(forgot(other, "192.0.2.7")).isEqualTo("/login/forgot/sent");
		assertThat(this.jdbc.queryForObject("select count(*) from account_token t join app_user u on u.id = t.user_id"
				+ " where u.email = ?", Integer.class, other)).isZero();

		String page = this.mvc.perform(get("/login/forgot/sent")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Check your email").contains("If the address you entered belongs to an account");
		assertThat(this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
			.contains("href=\"/login/forgot\"");
	}

	@Test
	void aResetLinkEndsTheSessionsTheUserHadOpen() throws Exception {
		String email = newUser("reset");
		Cookie session = loginCookie(email, OLD);
		assertThat(this.mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

		forgot(email);
		String path = linkIn(sentTo(email));
		this.mvc.perform(post(path).with(csrf()).param("newPassword", CHOSEN).param("confirmPassword", CHOSEN));

		assertThat(this.mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(login(email, OLD)).isEqualTo("/login?error");
		assertThat(login(email, CHOSEN)).isEqualTo("/");
	}

	@Test
	void changingOnesOwnPasswordLogsOutTheOtherBrowsersAndSaysSoByEmail() throws Exception {
		String email = newUser("change");
		Cookie here = loginCookie(email, OLD);
		Cookie there = loginCookie(email, OLD);

		String account = this.mvc.perform(get("/account").cookie(here)).andReturn().getResponse().getContentAsString();
		assertThat(account).contains("Where you are logged in").contains("This browser").contains("Log out everywhere else");

		MvcResult changed = this.mvc.perform(post("/account/password").cookie(here)
			.with(csrf())
			.param("currentPassword", OLD)
			.param("newPassword", CHOSEN)
			.param("confirmPassword", CHOSEN)).andReturn();
		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/");

		assertThat(this.mvc.perform(get("/account").cookie(here)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/account").cookie(there)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		MimeMessage told = sentTo(email);
		assertThat(told.getSubject()).isEqualTo("Your password was changed");
		assertThat(org.pecgov.support.MailText.text(told)).contains("logged out everywhere else").contains("/account");
	}

	@Test
	void anAdministratorsNewLinkEndsTheUsersSessionsAndOldPassword() throws Exception {
		String email = newUser("admin-reset");
		Cookie session = loginCookie(email, OLD);
		long id = this.jdbc.queryForObject("select id from app_user where email = ?", Long.class, email);
		long version = this.jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);

		String page = this.mvc.perform(post("/admin/users/" + id + "/reset-password").with(csrf())
			.with(user(this.users.loadUserByUsername("admin@northshire.example")))
			.param("version", Long.toString(version))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Invitation sent").doesNotContain("one-time-password");
		assertThat(this.mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(login(email, OLD)).isEqualTo("/login?error");
		String path = linkIn(sentTo(email));
		this.mvc.perform(post(path).with(csrf()).param("newPassword", CHOSEN).param("confirmPassword", CHOSEN));
		assertThat(login(email, CHOSEN)).isEqualTo("/");
	}

	@Test
	void oneBrowserCanBeLoggedOutFromMyAccount() throws Exception {
		String email = newUser("sessions");
		Cookie here = loginCookie(email, OLD);
		Cookie there = loginCookie(email, OLD);
		String account = this.mvc.perform(get("/account").cookie(here)).andReturn().getResponse().getContentAsString();
		Matcher end = Pattern.compile("/account/sessions/([0-9a-f]{24})/end").matcher(account);
		assertThat(end.find()).isTrue();
		assertThat(account).doesNotContain(here.getValue()).doesNotContain(there.getValue());

		MvcResult ended = this.mvc.perform(post("/account/sessions/" + end.group(1) + "/end").cookie(here).with(csrf()))
			.andReturn();
		assertThat(ended.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(this.mvc.perform(get("/account").cookie(there)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		// another user's session (or a made-up one) is not found
		assertThat(this.mvc.perform(post("/account/sessions/0123456789abcdef01234567/end").cookie(here).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private String newUser(String what) throws Exception {
		String email = what + "." + System.nanoTime() + "@northshire.example";
		this.jdbc.update("insert into app_user (email, display_name, password_hash, role, organisation_id)"
				+ " select ?, 'Links test user', ?, 'SECRETARY', id from organisation where code = 'NSH'", email,
				this.encoder.encode(OLD));
		return email;
	}

	private String forgot(String email) throws Exception {
		return forgot(email, "10.17." + (System.nanoTime() % 250) + "." + (System.nanoTime() % 249));
	}

	private String forgot(String email, String address) throws Exception {
		return this.mvc.perform(post("/login/forgot").with(csrf()).param("email", email).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private MimeMessage sentTo(String email) throws Exception {
		this.sender.sendWaiting();
		List<MimeMessage> received = List.of(SMTP.getReceivedMessagesForDomain(email));
		assertThat(received).isNotEmpty();
		return received.get(received.size() - 1);
	}

	private static String linkIn(MimeMessage mail) {
		Matcher matcher = LINK.matcher(org.pecgov.support.MailText.text(mail));
		assertThat(matcher.find()).as("a link in the email").isTrue();
		return matcher.group(1);
	}

	private String login(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user("username", email).password("password", password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private Cookie loginCookie(String email, String password) throws Exception {
		return this.mvc.perform(formLogin("/login").user("username", email).password("password", password))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

}
