package org.pecgov.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pecgov.PecgovApplication;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
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
			System.out.printf("%-26s %10s %10s %10s%n", "page", "median ms", "p95 ms", "max ms");
			for (Map.Entry<String, String> page : pages.entrySet()) {
				long[] times = measure(admin, page.getValue());
				System.out.printf("%-26s %10.1f %10.1f %10.1f%n", page.getKey(), ms(times[times.length / 2]),
						ms(times[(int) (times.length * 0.95)]), ms(times[times.length - 1]));
			}
		}
		finally {
			context.close();
		}
	}

	private static long[] measure(BrowserlessSession session, String path) {
		for (int i = 0; i < WARM_UP; i++) {
			check(session.get(path), path);
		}
		long[] times = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			check(session.get(path), path);
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		return times;
	}

	private static void check(Page page, String path) {
		if (page.status() != 200) {
			throw new IllegalStateException(path + " answered " + page.status());
		}
	}

	private static double ms(long nanos) {
		return nanos / 1_000_000.0;
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
