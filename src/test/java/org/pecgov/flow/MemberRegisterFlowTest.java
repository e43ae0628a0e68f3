package org.pecgov.flow;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PecgovDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member register as people use it, over real HTTP: an administrator adds a member, the chair
 * reads it, and a user of the other PCT can neither see nor change it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class MemberRegisterFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void adminAddsAMemberTheChairReadsItAndTheOtherPctCannotReachIt() {
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@northshire.example");
		admin.get("/members/new");
		Page created = admin.post("/members", member("Priya", "Flowtest", "priya.flowtest@northshire.example"));
		assertThat(created.status()).isEqualTo(302);
		String path = created.location().replaceFirst("^https?://[^/]+", "");
		assertThat(path).matches("/members/\\d+");

		BrowserlessSession chair = BrowserlessSession.loggedIn(this.port, "chair@northshire.example");
		Page read = chair.get(path);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).contains("Priya Flowtest").contains("7654321").contains("Created");
		assertThat(chair.get("/members?q=flowtest").body()).contains("Flowtest, Priya");

		BrowserlessSession other = BrowserlessSession.loggedIn(this.port, "admin@southvale.example");
		assertThat(other.get(path).status()).isEqualTo(404);
		assertThat(other.get(path + "/edit").status()).isEqualTo(404);
		assertThat(other.get(path).body()).contains("Page not found").doesNotContain("Flowtest");
		assertThat(other.get("/members?q=flowtest").body()).doesNotContain("Flowtest");
		other.get("/members");
		Map<String, String> tampered = member("Priya", "Hijacked", "priya.flowtest@northshire.example");
		tampered.put("version", "0");
		assertThat(other.post(path, tampered).status()).isEqualTo(404);
		other.get("/members");
		assertThat(other.post(path + "/retire", Map.of("version", "0")).status()).isEqualTo(404);

		assertThat(this.jdbc.queryForObject("select family_name || status from person where email = ?", String.class,
				"priya.flowtest@northshire.example"))
			.isEqualTo("FlowtestACTIVE");
	}

	@Test
	void aHiddenOrganisationOrIdFieldChangesNothing() {
		DemoIds ids = new DemoIds(this.jdbc);
		long northshire = ids.organisation("NSH");
		long southvale = ids.organisation("SVL");
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@southvale.example");
		admin.get("/members/new");
		Map<String, String> form = member("Tamper", "Proof", "tamper.proof@southvale.example");
		form.put("organisationId", Long.toString(northshire));
		form.put("id", "1");

		assertThat(admin.post("/members", form).status()).isEqualTo(302);

		assertThat(this.jdbc.queryForObject("select organisation_id from person where email = ?", Long.class,
				"tamper.proof@southvale.example"))
			.isEqualTo(southvale);
		assertThat(this.jdbc.queryForObject("select count(*) from person where id = 1 and email = ?", Integer.class,
				"tamper.proof@southvale.example"))
			.isZero();
	}

	@Test
	void anAddressThatOnlyTakesAFormGetsTheServicesErrorPageWhenOpened() {
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@southvale.example");

		Page page = admin.get("/remuneration/rates");

		assertThat(page.status()).isEqualTo(405);
		assertThat(page.body()).contains("Sorry, this page cannot be shown").doesNotContain("Whitelabel");
	}

	@Test
	void sessionsLiveInPostgresqlSoThatSeveralInstancesShareThem() {
		BrowserlessSession.loggedIn(this.port, "secretary@northshire.example");

		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, "secretary@northshire.example"))
			.isPositive();
	}

	private static Map<String, String> member(String given, String family, String email) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("givenName", given);
		form.put("familyName", family);
		form.put("email", email);
		form.put("profession", "PHARMACIST");
		form.put("registrationBody", "GPHC");
		form.put("registrationNumber", "7654321");
		form.put("practising", "true");
		form.put("patientFacingDays", "1.5");
		return form;
	}

}
