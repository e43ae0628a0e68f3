package org.pecgov.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pecgov.PecgovApplication;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.TestUsers;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures an SHA viewer's CSV of the staff register across its PCTs with 200,000 declarations, through HTTP, on
 * an embedded PostgreSQL of its own, and the peak heap while it streams. Not a test: run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.pecgov.benchmark.ShaExportBenchmark}.
 */
public final class ShaExportBenchmark {

	private static final int DECLARATIONS = 200_000;

	private static final int WARM_UP = 2;

	private static final int RUNS = 5;

	private ShaExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("pecgov-benchmark");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PecgovApplication.class)
			.run("--server.port=0", "--pecgov.embedded-database.directory=" + data, "--pecgov.demo=true",
					"--pecgov.demo-password=" + TestUsers.PASSWORD, "--logging.level.root=warn");
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			load(jdbc);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			BrowserlessSession sha = BrowserlessSession.loggedIn(port, "sha@northmidlands.example");
			for (int i = 0; i < WARM_UP; i++) {
				sha.download("/sha/interests.csv");
			}
			System.out.printf("%n%,d declarations across the SHA's PCTs; %d warm-up and %d measured downloads%n",
					jdbc.queryForObject("select count(*) from declaration", Long.class), WARM_UP, RUNS);
			System.gc();
			resetPeaks();
			sha.get("/sha");
			System.out.printf("baseline (the /sha page): peak heap %,d MB%n", peakHeap() / (1024 * 1024));
			for (int i = 0; i < RUNS; i++) {
				System.gc();
				resetPeaks();
				long start = System.nanoTime();
				long bytes = sha.download("/sha/interests.csv");
				long nanos = System.nanoTime() - start;
				if (bytes < 0) {
					throw new IllegalStateException("The download was refused");
				}
				System.out.printf("download %d: %,.0f ms, %,d bytes, peak heap %,d MB%n", i + 1, nanos / 1_000_000.0,
						bytes, peakHeap() / (1024 * 1024));
			}
		}
		finally {
			context.close();
		}
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	/** Declarations spread over everyone on the registers of the SHA's PCTs, each about one organisation. */
	private static void load(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into declaration (organisation_id, person_id, kind, category, description, from_date,
				                         publish_consent, declared_on, recorded_by)
				select p.organisation_id, p.id, 'FINANCIAL', 'SHAREHOLDING', 'Benchmark shareholding ' || g,
				       current_date - (g % 2000), g % 5 <> 0, current_date - (g % 2000), 'benchmark'
				from generate_series(1, ?) g
				join lateral (select id, organisation_id from person order by id offset (g % (select count(*) from person))
				              limit 1) p on true
				""", DECLARATIONS);
		jdbc.update("""
				insert into declaration_organisation (declaration_id, directory_id)
				select d.id, (select min(o.id) from directory_organisation o where o.organisation_id = d.organisation_id)
				from declaration d where d.recorded_by = 'benchmark'
				""");
		jdbc.execute("analyze");
	}

}
