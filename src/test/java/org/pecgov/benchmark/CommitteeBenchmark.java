package org.pecgov.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Measures the composition, terms and skills pages of a PCT with 60 posts and 500 people (with four
 * years of appointments and interview scores), through HTTP, on an embedded PostgreSQL of its own.
 * Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.pecgov.benchmark.CommitteeBenchmark}.
 */
public final class CommitteeBenchmark {

	private static final int PEOPLE = 500;

	private static final int POSTS = 60;

	private static final int WARM_UP = 30;

	private static final int RUNS = 100;

	private CommitteeBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("pecgov-benchmark");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PecgovApplication.class).run(
				"--server.port=0", "--pecgov.embedded-database.directory=" + data, "--pecgov.demo=true",
				"--pecgov.demo-password=" + TestUsers.PASSWORD, "--logging.level.root=warn");
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long pct = jdbc.queryForObject("select id from organisation where code = 'NSH'", Long.class);
			long pec = load(jdbc, pct);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			BrowserlessSession admin = BrowserlessSession.loggedIn(port, "admin@northshire.example");
			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("composition of the PEC", "/committees/" + pec + "/composition");
			pages.put("terms", "/terms");
			pages.put("skills", "/skills");
			System.out.printf("%n%d posts and %d people in one PCT (%d appointments, %d scores); %d warm-up and %d "
					+ "measured requests a page%n", count(jdbc, "post", pct), count(jdbc, "person", pct),
					count(jdbc, "appointment", pct), jdbc.queryForObject("select count(*) from score", Integer.class),
					WARM_UP, RUNS);
			System.out.printf("%-26s %10s %10s %10s%n", "page", "median ms", "p95 ms", "max ms");
			for (Map.Entry<String, String> page : pages.entrySet()) {
				long[] times = measure(admin, page.getValue());
				System.out.printf("%-26s %10.1f %10.1f %10.1f%n", page.getKey(), times[times.length / 2] / 1e6,
						times[(int) (times.length * 0.95)] / 1e6, times[times.length - 1] / 1e6);
			}
		}
		finally {
			context.close();
		}
	}

	private static int count(JdbcTemplate jdbc, String table, long pct) {
		return jdbc.queryForObject("select count(*) from " + table + " where organisation_id = ?", Integer.class, pct);
	}

	private static long[] measure(BrowserlessSession session, String path) {
		for (int i = 0; i < WARM_UP; i++) {
			check(session.get(path).status(), path);
		}
		long[] times = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			check(session.get(path).status(), path);
			times[i] = System.nanoTime() - start;
		}
		Arrays.sort(times);
		return times;
	}

	private static void check(int status, String path) {
		if (status != 200) {
			throw new IllegalStateException(path + " answered " + status);
		}
	}

	/**
	 * Adds people, posts with specifications, four terms of appointments per post and an interview per
	 * post with its scores.
	 * @return the PEC's id
	 */
	private static long load(JdbcTemplate jdbc, long pct) {
		String[] professions = { "GP", "NURSE", "PHARMACIST", "DENTIST", "MANAGER" };
		List<Object[]> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			people.add(new Object[] { pct, "Bench" + i, "Person" + i, "bench" + i + "@northshire.example",
					professions[i % professions.length], i % 5 != 4, (i % 5 != 4) ? 2 : 0 });
		}
		jdbc.batchUpdate("insert into person (organisation_id, given_name, family_name, email, profession, practising, "
				+ "patient_facing_days) values (?, ?, ?, ?, ?, ?, ?)", people);
		List<Long> personIds = jdbc.queryForList(
				"select id from person where organisation_id = ? and email like 'bench%' order by id", Long.class, pct);
		long pec = jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'", Long.class,
				pct);
		long board = jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'BOARD'",
				Long.class, pct);
		List<Long> competencies = jdbc.queryForList(
				"select id from competency where organisation_id = ? order by id limit 10", Long.class, pct);
		int existing = jdbc.queryForObject("select count(*) from post where organisation_id = ?", Integer.class, pct);
		LocalDate today = LocalDate.now();
		for (int p = existing; p < POSTS; p++) {
			long committee = (p % 4 == 0) ? board : pec;
			String kind = (p % 3 == 0) ? "CLINICAL_MEMBER" : "LOCAL_AUTHORITY_MEMBER";
			long post = jdbc.queryForObject("insert into post (organisation_id, committee_id, kind, title) "
					+ "values (?, ?, ?, ?) returning id", Long.class, pct, committee, kind, "Benchmark post " + p);
			long specification = jdbc.queryForObject("insert into post_specification (organisation_id, post_id, number, "
					+ "purpose, days_per_week, created_at, created_by) values (?, ?, 1, 'Benchmark', 1, now(), 'bench') "
					+ "returning id", Long.class, pct, post);
			jdbc.update("update post set current_specification_id = ? where id = ?", specification, post);
			for (int r = 0; r < 5; r++) {
				long competency = competencies.get((p + r) % competencies.size());
				jdbc.update("insert into post_requirement (specification_id, competency_id, competency_name, essential) "
						+ "select ?, id, name, ? from competency where id = ?", specification, r < 3, competency);
			}
			for (int term = 0; term < 4; term++) {
				long person = personIds.get((p * 7 + term) % personIds.size());
				LocalDate start = today.minusYears(6).plusYears(2L * term).minusDays(p);
				jdbc.update("insert into appointment (organisation_id, post_id, person_id, specification_id, term_start, "
						+ "term_end) values (?, ?, ?, ?, ?, ?)", pct, post, person, specification, start,
						start.plusYears(2).minusDays(1));
			}
			long vacancy = jdbc.queryForObject("insert into vacancy (organisation_id, post_id, specification_id, status, "
					+ "opened_on) values (?, ?, ?, 'APPOINTED', ?) returning id", Long.class, pct, post, specification,
					today.minusYears(1));
			List<Long> panel = new ArrayList<>();
			for (int m = 0; m < 3; m++) {
				panel.add(jdbc.queryForObject("insert into panel_member (vacancy_id, person_id, panel_role) values "
						+ "(?, ?, 'Panel') returning id", Long.class, vacancy, personIds.get((p * 11 + 100 + m) % personIds.size())));
			}
			for (int c = 0; c < 3; c++) {
				long candidate = jdbc.queryForObject("insert into candidate (vacancy_id, person_id) values (?, ?) "
						+ "returning id", Long.class, vacancy, personIds.get((p * 7 + 3 + c * 13) % personIds.size()));
				for (long panellist : panel) {
					for (int r = 0; r < 5; r++) {
						jdbc.update("insert into score (candidate_id, panel_member_id, competency_id, score) values "
								+ "(?, ?, ?, ?)", candidate, panellist, competencies.get((p + r) % competencies.size()),
								1 + (p + r + c) % 4);
					}
				}
			}
		}
		jdbc.execute("analyze");
		return pec;
	}

}
