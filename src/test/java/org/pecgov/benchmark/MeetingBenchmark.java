package org.pecgov.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.pecgov.PecgovApplication;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.TestUsers;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures a meeting's pages with 30 items and 20 people expected, screened against 200,000 declarations,
 * through HTTP, on an embedded PostgreSQL of its own; and counts the statements of one page. Not a test:
 * run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.pecgov.benchmark.MeetingBenchmark}.
 */
public final class MeetingBenchmark {

	private static final int DECLARATIONS = 200_000;

	private static final int PEOPLE = 2_000;

	private static final int ORGANISATIONS = 300;

	private static final int ITEMS = 30;

	private static final int WARM_UP = 20;

	private static final int RUNS = 100;

	private MeetingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Files.createTempDirectory("pecgov-benchmark");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PecgovApplication.class)
			.run("--server.port=0", "--pecgov.embedded-database.directory=" + data, "--pecgov.demo=true",
					"--pecgov.demo-password=" + TestUsers.PASSWORD, "--logging.level.root=warn",
					"--spring.jpa.properties.hibernate.generate_statistics=true");
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long meeting = load(jdbc);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			BrowserlessSession secretary = BrowserlessSession.loggedIn(port, "secretary@southvale.example");
			System.out.printf("%n%,d declarations; meeting %d: %d items, %d people expected (%d members)%n",
					jdbc.queryForObject("select count(*) from declaration", Long.class), meeting,
					jdbc.queryForObject("select count(*) from agenda_item where meeting_id = ?", Long.class, meeting),
					expected(jdbc, meeting), members(jdbc, meeting));
			Statistics statistics = context.getBean(EntityManagerFactory.class)
				.unwrap(SessionFactory.class)
				.getStatistics();
			secretary.get("/meetings/" + meeting + "/agenda");
			statistics.clear();
			String agenda = secretary.get("/meetings/" + meeting + "/agenda").body();
			System.out.printf("statements for the agenda page: %d; people flagged on items: %d%n",
					statistics.getPrepareStatementCount(), agenda.split("flagged").length - 1);
			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("agenda (screened)", "/meetings/" + meeting + "/agenda");
			pages.put("conflicts", "/meetings/" + meeting + "/conflicts");
			pages.put("overview", "/meetings/" + meeting);
			Timings.print(secretary, pages, WARM_UP, RUNS);
		}
		finally {
			context.close();
		}
	}

	/**
	 * Southvale gets 2,000 more people and 300 more organisations, 200,000 declarations among them, and a
	 * PEC meeting of 30 items (each concerning two organisations) with 7 people in attendance besides its
	 * 13 members.
	 */
	private static long load(JdbcTemplate jdbc) {
		long pct = jdbc.queryForObject("select id from organisation where code = 'SVL'", Long.class);
		long pec = jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'", Long.class,
				pct);
		jdbc.update("""
				insert into person (organisation_id, given_name, family_name, email, profession)
				select ?, 'Bench', 'Person ' || g, 'bench' || g || '@southvale.example', 'GP'
				from generate_series(1, ?) g
				""", pct, PEOPLE);
		jdbc.update("""
				insert into directory_organisation (organisation_id, type, name)
				select ?, 'INDEPENDENT_PROVIDER', 'Benchmark provider ' || g from generate_series(1, ?) g
				""", pct, ORGANISATIONS);
		jdbc.update("""
				insert into declaration (organisation_id, person_id, kind, category, description, from_date,
				                         publish_consent, declared_on, recorded_by)
				select ?, p.id, 'FINANCIAL', 'SHAREHOLDING', 'Benchmark shareholding ' || g, current_date - (g % 2000),
				       true, current_date - (g % 2000), 'benchmark'
				from generate_series(1, ?) g
				join lateral (select id from person where organisation_id = ? order by id
				              offset (g % (select count(*) from person where organisation_id = ?)) limit 1) p on true
				""", pct, DECLARATIONS, pct, pct);
		jdbc.update("""
				insert into declaration_organisation (declaration_id, directory_id)
				select d.id, o.id from declaration d
				join lateral (select id from directory_organisation where organisation_id = d.organisation_id
				              order by id offset (d.id % (select count(*) from directory_organisation
				                                          where organisation_id = d.organisation_id)) limit 1) o on true
				where d.recorded_by = 'benchmark'
				""");
		long meeting = jdbc.queryForObject("""
				insert into meeting (organisation_id, committee_id, type, meeting_date, start_time, place, status)
				values (?, ?, 'BUSINESS', current_date + 14, '14:00', 'Board room', 'AGENDA_PUBLISHED') returning id
				""", Long.class, pct, pec);
		jdbc.update("""
				insert into agenda_item (organisation_id, meeting_id, position, title, purpose)
				select ?, ?, g, 'Benchmark item ' || g, case when g % 3 = 0 then 'DISCUSSION' else 'DECISION' end
				from generate_series(1, ?) g
				""", pct, meeting, ITEMS);
		jdbc.update("""
				insert into agenda_item_organisation (item_id, directory_id)
				select i.id, o.id from agenda_item i
				join lateral (select id from directory_organisation where organisation_id = ?
				              order by id offset (i.position * 7 % 300) limit 2) o on true
				where i.meeting_id = ?
				""", pct, meeting);
		jdbc.update("""
				insert into attendance (organisation_id, meeting_id, person_id, status)
				select ?, ?, id, 'IN_ATTENDANCE' from person where organisation_id = ? and given_name = 'Bench'
				order by id limit 7
				""", pct, meeting, pct);
		jdbc.execute("analyze");
		return meeting;
	}

	private static long expected(JdbcTemplate jdbc, long meeting) {
		return members(jdbc, meeting) + jdbc.queryForObject("select count(*) from attendance where meeting_id = ?",
				Long.class, meeting);
	}

	private static long members(JdbcTemplate jdbc, long meeting) {
		return jdbc.queryForObject("""
				select count(distinct a.person_id) from appointment a join post p on p.id = a.post_id
				join meeting m on m.committee_id = p.committee_id
				where m.id = ? and a.term_start <= m.meeting_date
				  and coalesce(a.ended_on, a.term_end, m.meeting_date) >= m.meeting_date
				""", Long.class, meeting);
	}

}
