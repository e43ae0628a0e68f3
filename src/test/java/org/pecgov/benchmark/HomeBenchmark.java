package org.pecgov.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.pecgov.PecgovApplication;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.TestUsers;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures each role's home page, the indicators page and the SHA's comparison through HTTP on the national data
 * set (200 PCTs, 10,000 people, 20,000 meetings, 200,000 declarations), loaded as {@code PECGOV_DEMO_SCALE=national}
 * loads it into an embedded PostgreSQL of its own. Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.pecgov.benchmark.HomeBenchmark}.
 */
public final class HomeBenchmark {

	private static final int WARM_UP = 20;

	private static final int RUNS = 50;

	private HomeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("pecgov-benchmark");
		long loading = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PecgovApplication.class)
			.run("--server.port=0", "--pecgov.embedded-database.directory=" + data, "--pecgov.demo=true",
					"--pecgov.demo-scale=national", "--pecgov.demo-password=" + TestUsers.PASSWORD,
					"--logging.level.root=warn");
		try {
			System.out.printf("%nnational data set loaded and the service started in %.0f s%n",
					(System.nanoTime() - loading) / 1e9);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String pct = jdbc.queryForObject("select code from organisation where type = 'PCT' and sha_id = "
					+ "(select id from organisation where code = 'NMSHA') and code not in ('SVL', 'NSH') order by code "
					+ "limit 1", String.class);
			long pctId = jdbc.queryForObject("select id from organisation where code = ?", Long.class, pct);
			String domain = pct.toLowerCase() + ".example";
			addUser(jdbc, "admin@" + domain, "ADMIN", pctId, null);
			addUser(jdbc, "secretary@" + domain, "SECRETARY", pctId, null);
			addUser(jdbc, "chair@" + domain, "CHAIR", pctId, holderOf(jdbc, pctId, "PEC chair"));
			addUser(jdbc, "member@" + domain, "MEMBER", pctId,
					holderOf(jdbc, pctId, "Clinical member (community nursing)"));
			long shaPcts = jdbc.queryForObject(
					"select count(*) from organisation where sha_id = (select id from organisation where code = 'NMSHA')",
					Long.class);
			System.out.printf("PCT %s of the demo SHA (%d PCTs); %d warm-up and %d measured requests per page%n%n", pct,
					shaPcts, WARM_UP, RUNS);
			for (String role : new String[] { "chair", "secretary", "admin", "member" }) {
				BrowserlessSession session = BrowserlessSession.loggedIn(port, role + "@" + domain);
				Map<String, String> pages = new LinkedHashMap<>();
				pages.put(role + " home", "/");
				if (!role.equals("member")) {
					pages.put(role + " /indicators", "/indicators");
				}
				Timings.print(session, pages, WARM_UP, RUNS);
			}
			BrowserlessSession sha = BrowserlessSession.loggedIn(port, "sha@northmidlands.example");
			long first = System.nanoTime();
			sha.get("/sha");
			System.out.printf("%nthe SHA's first visit of the month (keeps %d PCTs' indicators): %.0f ms%n", shaPcts,
					(System.nanoTime() - first) / 1e6);
			Timings.print(sha, Map.of("SHA comparison /sha", "/sha"), WARM_UP, RUNS);
		}
		finally {
			context.close();
		}
	}

	private static void addUser(JdbcTemplate jdbc, String email, String role, long pctId, Long personId) {
		jdbc.update("insert into app_user (email, display_name, password_hash, role, organisation_id, person_id) "
				+ "select ?, ?, password_hash, ?, ?, ? from app_user where email = 'admin@southvale.example'", email,
				"Benchmark " + role, role, pctId, personId);
	}

	private static Long holderOf(JdbcTemplate jdbc, long pctId, String post) {
		return jdbc.queryForObject("select a.person_id from appointment a join post p on p.id = a.post_id "
				+ "where a.organisation_id = ? and p.title = ? and a.ended_on is null and a.term_start <= current_date "
				+ "and a.term_end >= current_date order by a.id limit 1", Long.class, pctId, post);
	}

}
