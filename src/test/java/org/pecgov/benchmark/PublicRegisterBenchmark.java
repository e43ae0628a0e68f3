package org.pecgov.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
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
 * Measures the published register of a PCT with 2,000 current entries, read without signing in, through HTTP,
 * on an embedded PostgreSQL of its own. Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.pecgov.benchmark.PublicRegisterBenchmark}.
 */
public final class PublicRegisterBenchmark {

	private static final int ENTRIES = 2_000;

	private static final int WARM_UP = 50;

	private static final int RUNS = 200;

	private PublicRegisterBenchmark() {
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
			BrowserlessSession anyone = new BrowserlessSession(port);
			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("register, first page", "/public/NSH/register");
			pages.put("register, page 30", "/public/NSH/register?page=30");
			pages.put("register, whole CSV", "/public/NSH/register.csv");
			pages.put("gifts, first page", "/public/NSH/gifts");
			System.out.printf("%n%,d published entries in one PCT; %d warm-up and %d measured requests a page%n",
					jdbc.queryForObject("select count(*) from declaration where organisation_id = ?", Long.class, pct),
					WARM_UP, RUNS);
			Timings.print(anyone, pages, WARM_UP, RUNS);
		}
		finally {
			context.close();
		}
	}

	/** 2,000 current, published declarations spread over the PCT's post holders, each about one or two organisations. */
	private static void load(JdbcTemplate jdbc, long pct) {
		LocalDate today = LocalDate.now();
		List<Long> holders = jdbc.queryForList("""
				select distinct person_id from appointment where organisation_id = ? and term_start <= ?
				  and (coalesce(ended_on, term_end) is null or coalesce(ended_on, term_end) >= ?)
				""", Long.class, pct, Date.valueOf(today), Date.valueOf(today));
		List<Long> organisations = jdbc.queryForList("select id from directory_organisation where organisation_id = ?",
				Long.class, pct);
		int existing = jdbc.queryForObject("select count(*) from declaration where organisation_id = ?", Integer.class,
				pct);
		List<Object[]> rows = new ArrayList<>();
		for (int i = existing; i < ENTRIES; i++) {
			rows.add(new Object[] { pct, holders.get(i % holders.size()), "Benchmark shareholding " + i,
					Date.valueOf(today.minusDays(30 + i % 700)), Date.valueOf(today.minusDays(29)) });
		}
		jdbc.batchUpdate("""
				insert into declaration (organisation_id, person_id, kind, category, description, from_date,
				                         publish_consent, declared_on, recorded_by)
				values (?, ?, 'FINANCIAL', 'SHAREHOLDING', ?, ?, true, ?, 'benchmark')
				""", rows);
		jdbc.update("""
				insert into declaration_organisation (declaration_id, directory_id)
				select d.id, o.id from declaration d join directory_organisation o on o.organisation_id = d.organisation_id
				where d.recorded_by = 'benchmark' and (o.id + d.id) % ? < 2
				""", organisations.size());
		jdbc.execute("analyze");
	}

}
