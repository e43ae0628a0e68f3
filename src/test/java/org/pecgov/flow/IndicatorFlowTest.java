package org.pecgov.flow;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.pecgov.indicator.Indicator;
import org.pecgov.indicator.IndicatorService;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.PdfText;
import org.pecgov.support.PecgovDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PEC's indicators over real HTTP on the demo data: computed today for the PCT's staff, against targets its
 * administrator sets (every bad target reported at once, a stale form refused); kept once a month however many
 * instances try; read by the SHA's viewer side by side, PCT by PCT, and as a CSV; never another SHA's PCT.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class IndicatorFlowTest {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private IndicatorService indicators;

	@Test
	void theChairReadsThePecsIndicatorsCountingPeopleNotPosts() {
		BrowserlessSession chair = BrowserlessSession.loggedIn(this.port, "chair@northshire.example");

		Page page = chair.get("/indicators");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Posts filled")
			.contains("Clinical majority")
			.contains("Appraisals in date")
			.contains("Training in the last 12 months")
			.contains("Attendance of each member")
			.contains("Items debated in the last 12 months, by the function they serve")
			.contains("Commissioning and the market")
			.contains("Functions served")
			.containsPattern("\\d+ of \\d+ \\(\\d+%\\)");
		// the same people as the composition page counts: each person once, whatever their posts
		String composition = chair.get(first(page.body(), "href=\"(/committees/\\d+/composition)\"")).body();
		java.util.regex.Matcher clinical = java.util.regex.Pattern.compile("(\\d+) of (\\d+) members are clinical")
			.matcher(composition);
		assertThat(clinical.find()).isTrue();
		assertThat(page.body()).contains(clinical.group(1) + " of " + clinical.group(2) + " (");
		assertThat(chair.get("/indicators.csv").body()).contains("Posts filled").contains("Clinical majority");
		assertThat(BrowserlessSession.loggedIn(this.port, "member@northshire.example").get("/indicators").status())
			.isEqualTo(403);
	}

	@Test
	void theAdministratorSetsTargetsAndEveryBadOneIsReportedAtOnce() {
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@southvale.example");
		Page form = admin.get("/indicators/targets");
		assertThat(form.status()).isEqualTo(200);

		Page bad = admin.post("/indicators/targets", targets("150", "most"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("Enter a target from 0 to 100 per cent")
			.contains("Enter the target as a whole number, like 90")
			.contains("value=\"150\"")
			.contains("value=\"most\"");

		admin.get("/indicators/targets");
		Page saved = admin.post("/indicators/targets", targets("90", "80"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(admin.get("/indicators").body()).contains("The targets are saved.").contains("At least 90%");

		Map<String, String> stale = targets("95", "80");
		stale.put("versions[POSTS_FILLED]", "999");
		admin.get("/indicators/targets");
		assertThat(admin.post("/indicators/targets", stale).status()).isEqualTo(409);
		assertThat(this.jdbc.queryForObject("""
				select t.target from indicator_target t join organisation o on o.id = t.organisation_id
				where o.code = 'SVL' and t.indicator = 'POSTS_FILLED'
				""", Integer.class)).isEqualTo(90);
	}

	@Test
	void aMonthIsKeptOnceHoweverManyInstancesTry() throws Exception {
		long pct = this.jdbc.queryForObject("select id from organisation where code = 'NSH'", Long.class);
		LocalDate month = LocalDate.now().withDayOfMonth(1);
		this.jdbc.update("delete from indicator_snapshot where organisation_id = ? and month = ?", pct, month);
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			Callable<Boolean> keep = () -> this.indicators.keep(pct);
			List<Future<Boolean>> both = two.invokeAll(List.of(keep, keep));
			for (Future<Boolean> one : both) {
				one.get();
			}
		}
		finally {
			two.shutdown();
		}
		assertThat(this.indicators.keep(pct)).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from indicator_snapshot where organisation_id = ? and month = ?", Long.class, pct, month))
			.isEqualTo((long) Indicator.values().length);
	}

	@Test
	void theShaViewerComparesItsPctsOpensOneAndDownloadsTheTable() {
		BrowserlessSession sha = BrowserlessSession.loggedIn(this.port, "sha@northmidlands.example");

		Page comparison = sha.get("/sha?sort=ATTENDANCE&order=descending");

		assertThat(comparison.status()).isEqualTo(200);
		assertThat(comparison.body()).contains("PECs are fully established")
			.contains("href=\"/sha/NSH/indicators\"")
			.contains("href=\"/sha/SVL/indicators\"")
			.contains("aria-sort=\"descending\"")
			.contains("PEC chairs")
			.contains("mailto:");
		Page northshire = sha.get("/sha/NSH/indicators");
		assertThat(northshire.status()).isEqualTo(200);
		assertThat(northshire.body()).contains("Posts filled").contains("Northshire PCT");
		assertThat(sha.get("/sha/NSH/terms").status()).isEqualTo(200);
		String csv = sha.get("/sha/indicators.csv").body();
		assertThat(csv).contains("NSH,Northshire PCT").contains("SVL,Southvale PCT");

		String otherSha = this.jdbc.queryForObject(
				"insert into organisation (type, code, name) values ('SHA', 'IS' || floor(random() * 100000)::int, 'Indicator SHA ' || floor(random() * 1000000)::int) returning id",
				String.class);
		String otherPct = this.jdbc.queryForObject(
				"insert into organisation (type, code, name, sha_id) values ('PCT', 'IP' || floor(random() * 100000)::int, 'Indicator PCT ' || floor(random() * 1000000)::int, ?) returning code",
				String.class, Long.valueOf(otherSha));
		assertThat(sha.get("/sha/" + otherPct + "/indicators").status()).isEqualTo(404);
		assertThat(sha.get("/sha").body()).doesNotContain(otherPct);
	}

	@Test
	void theAnnualReportIsReadByStaffAndTheShaAndByThePublicOnlyOncePublished() {
		BrowserlessSession chair = BrowserlessSession.loggedIn(this.port, "chair@northshire.example");
		String report = PdfText.of(chair.bytes("/indicators/report.pdf"));
		assertThat(report).contains("Northshire PCT")
			.contains("Professional Executive Committee")
			.contains("The PEC's indicators")
			.contains("Posts filled")
			.contains("Membership and changes")
			.contains("Attendance of each member");
		assertThat(BrowserlessSession.loggedIn(this.port, "member@northshire.example").bytes("/indicators/report.pdf"))
			.isNull();
		assertThat(BrowserlessSession.loggedIn(this.port, "sha@northmidlands.example").bytes("/sha/NSH/indicators/report.pdf"))
			.isNotNull();

		BrowserlessSession anyone = new BrowserlessSession(this.port);
		assertThat(anyone.get("/public/NSH/report.pdf").status()).isEqualTo(404);
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@northshire.example");
		assertThat(admin.get("/indicators").body()).contains("The annual report is not published");
		assertThat(admin.post("/indicators/report/publication", Map.of("published", "true")).status()).isEqualTo(302);
		assertThat(PdfText.of(anyone.bytes("/public/NSH/report.pdf"))).contains("Membership and changes");
		assertThat(admin.get("/indicators").body()).contains("href=\"/public/NSH/report.pdf\"");
		assertThat(admin.post("/indicators/report/publication", Map.of("published", "false")).status())
			.as("a stale choice: the form's version is missing").isEqualTo(409);
		String version = this.jdbc.queryForObject("""
				select p.version from annual_report_publication p join organisation o on o.id = p.organisation_id
				where o.code = 'NSH'""", String.class);
		admin.get("/indicators");
		assertThat(admin.post("/indicators/report/publication", Map.of("published", "false", "version", version))
			.status()).isEqualTo(302);
		assertThat(anyone.get("/public/NSH/report.pdf").status()).isEqualTo(404);
		assertThat(anyone.get("/public/NOSUCH/report.pdf").status()).isEqualTo(404);
	}

	private static String first(String body, String pattern) {
		java.util.regex.Matcher found = java.util.regex.Pattern.compile(pattern).matcher(body);
		assertThat(found.find()).as(pattern).isTrue();
		return found.group(1);
	}

	private static Map<String, String> targets(String postsFilled, String attendance) {
		Map<String, String> fields = new java.util.HashMap<>();
		for (Indicator indicator : Indicator.values()) {
			if (indicator.hasTarget()) {
				fields.put("targets[" + indicator.name() + "]", Integer.toString(indicator.defaultTarget()));
			}
		}
		fields.put("targets[POSTS_FILLED]", postsFilled);
		fields.put("targets[ATTENDANCE]", attendance);
		return fields;
	}

}
