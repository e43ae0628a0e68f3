package org.pecgov.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pecgov.support.TestUsers.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 17 §4: the second factor, through the pages as a user meets them. Administrators are offered it for 14 days
 * and then must set it up; a PCT may ask it of everyone; a code works once, a recovery code once, and five wrong codes
 * lock the account.
 */
@IntegrationTest
class SecondFactorFlowTest {

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\"[^>]*>([A-Z2-7 ]+)</code>");

	private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9]{5}-[a-z0-9]{5})</code>");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder encoder;

	@Autowired
	private org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session> sessionRepository;

	@SuppressWarnings("unchecked")
	private org.springframework.session.SessionRepository<org.springframework.session.Session> sessions;

	@org.junit.jupiter.api.BeforeEach
	@SuppressWarnings("unchecked")
	void sessions() {
		this.sessions = (org.springframework.session.SessionRepository<org.springframework.session.Session>) (Object) this.sessionRepository;
	}

	@Test
	void anAdministratorIsOfferedItThenAskedForACodeAtEveryPasswordLogin() throws Exception {
		String email = newUser("ADMIN", "NSH");
		MvcResult first = login(email);
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor?due");
		Cookie session = first.getResponse().getCookie("SESSION");
		assertThat(page("/account/two-factor?due", session)).contains("Set one up by").contains("Not now, go to the home page");
		// still free to go on for now
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

		SetUp setUp = setUp(session);
		assertThat(setUp.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where kind = 'SECOND_FACTOR_CHANGED' "
				+ "and recipient = ?", Integer.class, email)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from recovery_code c join app_user u on u.id = c.user_id "
				+ "where u.email = ? and c.code_hash like '%-%'", Integer.class, email)).as("only hashes are kept").isZero();

		// The next password login asks for a code before anything opens
		MvcResult second = login(email);
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		Cookie half = second.getResponse().getCookie("SESSION");
		assertThat(this.mvc.perform(get("/members").cookie(half)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login/code");
		assertThat(this.mvc.perform(post("/admin/users/1/second-factor/reset").cookie(half).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(page("/login/code", half)).contains("Enter the code from your authenticator app");

		// the code used to set it up does not work again
		MvcResult replay = code(half, setUp.usedCode());
		assertThat(replay.getResponse().getStatus()).isEqualTo(200);
		assertThat(replay.getResponse().getContentAsString()).contains("The code is not right, or has been used");

		MvcResult right = code(half, TotpCodes.codeAt(setUp.secret(), Instant.now().plusSeconds(30)));
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.mvc.perform(get("/members").cookie(half)).andReturn().getResponse().getStatus()).isEqualTo(200);

		// a recovery code works once
		Cookie third = login(email).getResponse().getCookie("SESSION");
		MvcResult recovered = code(third, setUp.recoveryCodes().get(0).toUpperCase());
		assertThat(recovered.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(page("/account/two-factor", third)).contains("9 left");
		Cookie fourth = login(email).getResponse().getCookie("SESSION");
		assertThat(code(fourth, setUp.recoveryCodes().get(0)).getResponse().getContentAsString())
			.contains("The code is not right, or has been used");

		// an administrator may not turn it off; new recovery codes need a current code
		assertThat(this.mvc.perform(post("/account/two-factor/off").cookie(third).with(csrf())
			.param("code", TotpCodes.codeAt(setUp.secret(), Instant.now().plusSeconds(30)))).andReturn().getResponse()
			.getContentAsString()).contains("cannot be turned off");
		assertThat(page("/account/two-factor", third)).contains("cannot be turned off").contains("Get new recovery codes")
			.doesNotContain("Turn off the second factor");
		assertThat(this.mvc.perform(post("/account/two-factor/recovery-codes").cookie(third).with(csrf()).param("code", ""))
			.andReturn().getResponse().getContentAsString()).contains("Enter the code from your authenticator app");
		String renewed = this.mvc.perform(post("/account/two-factor/recovery-codes").cookie(third).with(csrf())
			.param("code", setUp.recoveryCodes().get(1))).andReturn().getResponse().getContentAsString();
		assertThat(renewed).contains("Your recovery codes").doesNotContain(setUp.recoveryCodes().get(2));
	}

	@Test
	void fiveWrongCodesLockTheAccountAndEndTheLogin() throws Exception {
		String email = newUser("ADMIN", "NSH");
		SetUp setUp = setUp(login(email).getResponse().getCookie("SESSION"));
		Cookie session = login(email).getResponse().getCookie("SESSION");
		Cookie another = login(email).getResponse().getCookie("SESSION");
		for (int i = 0; i < 4; i++) {
			assertThat(code(session, "not-a-code").getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(code(session, "not-a-code").getResponse().getRedirectedUrl()).isEqualTo("/login?codeLocked");
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(this.mvc.perform(get("/login/code").cookie(another)).andReturn().getResponse().getRedirectedUrl())
			.as("every session of the user ended, not only the one that guessed").endsWith("/login");
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where kind = 'ACCOUNT_LOCKED' "
				+ "and recipient = ?", Integer.class, email)).isEqualTo(1);
		assertThat(login(email).getResponse().getRedirectedUrl()).as("locked for 15 minutes").isEqualTo("/login?error");
		// once the lock has passed, one more wrong code locks it again: the count starts afresh only after a right code
		this.jdbc.update("update app_user set locked_until = null where email = ?", email);
		Cookie again = login(email).getResponse().getCookie("SESSION");
		assertThat(code(again, "000000").getResponse().getRedirectedUrl()).isEqualTo("/login?codeLocked");
		this.jdbc.update("update app_user set locked_until = null where email = ?", email);
		Cookie last = login(email).getResponse().getCookie("SESSION");
		assertThat(code(last, setUp.recoveryCodes().get(0)).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.mvc.perform(get("/login?codeLocked")).andReturn().getResponse().getContentAsString())
			.contains("Too many wrong codes");
	}

	@Test
	void onceTheTimeToSetItUpHasPassedNothingOpensUntilItIsSetUp() throws Exception {
		String email = newUser("ADMIN", "NSH");
		this.jdbc.update("update app_user set second_factor_due = now() - interval '1 day' where email = ?", email);
		MvcResult login = login(email);
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor/setup");
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/account/two-factor/setup");
		assertThat(page("/account/two-factor/setup", session)).contains("the time to set one up has passed");
		setUp(session);
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aMemberIsNotAskedUnlessTheirPctAsksItOfEveryoneAndMayTurnItOff() throws Exception {
		String email = newUser("SECRETARY", "SVL");
		assertThat(login(email).getResponse().getRedirectedUrl()).isEqualTo("/");
		long pct = new DemoIds(this.jdbc).organisation("SVL");
		this.jdbc.update("update pct_settings set require_second_factor = true where organisation_id = ?", pct);
		try {
			MvcResult asked = login(email);
			assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor?due");
		}
		finally {
			this.jdbc.update("update pct_settings set require_second_factor = false where organisation_id = ?", pct);
		}
		Cookie session = login(email).getResponse().getCookie("SESSION");
		SetUp setUp = setUp(session);
		assertThat(this.mvc.perform(post("/account/two-factor/off").cookie(session).with(csrf()).param("code", "000000"))
			.andReturn().getResponse().getContentAsString()).contains("The code is not right");
		MvcResult off = this.mvc.perform(post("/account/two-factor/off").cookie(session).with(csrf())
			.param("code", setUp.recoveryCodes().get(0))).andReturn();
		assertThat(off.getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor");
		assertThat(login(email).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void anAdministratorRemovesTheSecondFactorOfTheirOwnPctsUsersOnly() throws Exception {
		String email = newUser("SECRETARY", "NSH");
		setUp(login(email).getResponse().getCookie("SESSION"));
		long id = new DemoIds(this.jdbc).user(email);

		Cookie other = loggedIn(newUser("ADMIN", "SVL"));
		assertThat(this.mvc.perform(post("/admin/users/" + id + "/second-factor/reset").cookie(other).with(csrf()))
			.andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(login(email).getResponse().getRedirectedUrl()).isEqualTo("/login/code");

		Cookie admin = loggedIn(newUser("ADMIN", "NSH"));
		String fellow = newUser("ADMIN", "NSH");
		setUp(login(fellow).getResponse().getCookie("SESSION"));
		long fellowId = new DemoIds(this.jdbc).user(fellow);
		assertThat(this.mvc.perform(post("/admin/users/" + fellowId + "/second-factor/reset").cookie(admin).with(csrf()))
			.andReturn().getResponse().getStatus()).as("an administrator's factor is the operator's to remove").isEqualTo(404);
		assertThat(page("/admin/users/" + id + "/edit", admin)).contains("Remove the second factor");
		assertThat(this.mvc.perform(post("/admin/users/" + id + "/second-factor/reset").cookie(admin).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + id + "/edit");
		assertThat(login(email).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(this.jdbc.queryForObject("select count(*) from outbox_message where kind = 'SECOND_FACTOR_CHANGED' "
				+ "and recipient = ?", Integer.class, email)).as("set up, then removed").isEqualTo(2);
	}

	@Test
	void aSessionWhoseSignInWasSomeoneElsesIsEndedNotTrusted() throws Exception {
		String email = newUser("SECRETARY", "NSH");
		Cookie session = loggedIn(email);
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		// what two sign-ins racing in one session could leave: this user's context, another user's completed sign-in
		String id = new String(java.util.Base64.getDecoder().decode(session.getValue()), java.nio.charset.StandardCharsets.UTF_8);
		var stored = this.sessions.findById(id);
		stored.setAttribute(org.pecgov.security.SecondFactorFilter.PASSED, -1L);
		this.sessions.save(stored);
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login");
		assertThat(this.mvc.perform(get("/members").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.as("logged out").endsWith("/login");
	}

	/** Logs in an administrator who goes on without a second factor (within their 14 days). */
	private Cookie loggedIn(String email) throws Exception {
		return login(email).getResponse().getCookie("SESSION");
	}

	private SetUp setUp(Cookie session) throws Exception {
		Matcher secret = SECRET.matcher(page("/account/two-factor/setup", session));
		assertThat(secret.find()).isTrue();
		String key = secret.group(1).replace(" ", "");
		MvcResult wrong = this.mvc
			.perform(post("/account/two-factor/setup").cookie(session).with(csrf()).param("code", "12345"))
			.andReturn();
		assertThat(wrong.getResponse().getContentAsString()).contains("There is a problem")
			.contains("The code is not right");
		String code = TotpCodes.codeAt(key, Instant.now());
		MvcResult done = this.mvc
			.perform(post("/account/two-factor/setup").cookie(session).with(csrf()).param("code", code))
			.andReturn();
		String body = done.getResponse().getContentAsString();
		assertThat(body).contains("Your second factor is on");
		List<String> codes = new ArrayList<>();
		Matcher recovery = RECOVERY.matcher(body);
		while (recovery.find()) {
			codes.add(recovery.group(1));
		}
		return new SetUp(key, code, codes);
	}

	private MvcResult login(String email) throws Exception {
		return this.mvc.perform(formLogin("/login").user("username", email).password("password", PASSWORD)).andReturn();
	}

	private MvcResult code(Cookie session, String code) throws Exception {
		return this.mvc.perform(post("/login/code").cookie(session).with(csrf()).param("code", code)).andReturn();
	}

	private String page(String path, Cookie session) throws Exception {
		return this.mvc.perform(get(path).cookie(session)).andReturn().getResponse().getContentAsString();
	}

	private String newUser(String role, String pctCode) {
		String email = "factor-" + UUID.randomUUID() + "@" + pctCode.toLowerCase() + ".example";
		long pct = new DemoIds(this.jdbc).organisation(pctCode);
		this.jdbc.update("insert into app_user (email, display_name, password_hash, role, organisation_id, "
				+ "must_change_password) values (?, 'Factor test', ?, ?, ?, false)", email, this.encoder.encode(PASSWORD),
				role, pct);
		return email;
	}

	private record SetUp(String secret, String usedCode, List<String> recoveryCodes) {
	}

}
