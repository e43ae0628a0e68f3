package org.pecgov.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.PecgovApplication;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.TestUsers;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the member list and search pages of a PCT with 10,000 members, through HTTP, on an
 * embedded PostgreSQL of its own. Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.pecgov.benchmark.MemberListBenchmark}.
 */
public final class MemberListBenchmark {

	private static final int MEMBERS = 10_000;

	private static final int WARM_UP = 50;

	private static final int RUNS = 200;

	private MemberListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("pecgov-benchmark");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PecgovApplication.class)
			.run("--server.port=0", "--pecgov.embedded-database.directory=" + data, "--pecgov.demo=true",
					"--pecgov.demo-password=" + TestUsers.PASSWORD, "--logging.level.root=warn");
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long pct = jdbc.queryForObject("select id from organisation where code = 'NSH'", Long.class);
			load(jdbc, pct);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			BrowserlessSession admin = BrowserlessSession.loggedIn(port, "admin@northshire.example");
			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("list, first page", "/members");
			pages.put("list, page 200", "/members?page=200");
			pages.put("list, retired included", "/members?retired=true&page=50");
			pages.put("search by name", "/members?q=benchmark4321");
			pages.put("search, many matches", "/members?q=smith");
			pages.put("filter by profession", "/members?profession=NURSE&page=10");
			System.out.printf("%n%,d members in one PCT; %d warm-up and %d measured requests a page%n", MEMBERS,
					WARM_UP, RUNS);
			Timings.print(admin, pages, WARM_UP, RUNS);
		}
		finally {
			context.close();
		}
	}

	private static void load(JdbcTemplate jdbc, long pct) {
		String[] families = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
				"Robinson", "Wright" };
		String[] professions = { "GP", "NURSE", "PHARMACIST", "MANAGER", "LAY_MEMBER" };
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < MEMBERS; i++) {
			String family = families[i % families.length] + ((i % 7 == 0) ? "-Benchmark" + i : "");
			rows.add(new Object[] { pct, "Benchmark" + i, family, "benchmark" + i + "@northshire.example",
					professions[i % professions.length], (i % 10 == 0) ? "RETIRED" : "ACTIVE" });
		}
		jdbc.batchUpdate("insert into person (organisation_id, given_name, family_name, email, profession, status) "
				+ "values (?, ?, ?, ?, ?, ?)", rows);
		jdbc.execute("analyze person");
	}

}
