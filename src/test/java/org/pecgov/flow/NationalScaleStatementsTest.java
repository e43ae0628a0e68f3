package org.pecgov.flow;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pecgov.PecgovApplication;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the load test's journeys runs a fixed number of SQL statements, at most 12 besides the signed-in
 * session's own (at most 3), the pages of a screened agenda 13 to 15 and each role's home page at most 24, on the national data set (200 PCTs; the PCT read here has 50 people, 100 meetings of 15 items, 1,000
 * declarations): an N+1 would show as hundreds. The service runs on a database of its own, loaded as
 * {@code PECGOV_DEMO_SCALE=national} loads it, and every statement prepared on its connections is counted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalScaleStatementsTest {

	private static final int MOST = 12;

	/**
	 * A meeting's screened agenda: the meeting, the PCT's committees, the items, the posts and their appointments,
	 * the attendance, the people, their declarations on the items' organisations, the PCT's settings, the returns
	 * made in the round, the conflict plans, the papers and the organisations' names: 13 facts, one statement each.
	 * The attendance page adds each member's record over the meetings held and the people who may be added.
	 */
	private static final int SCREENING = 13;

	/**
	 * A home page: the user's work gathered from every feature (appraisals, reviews, objectives, terms, vacancies,
	 * the coming meetings screened together, past meetings, actions, declarations, users, settings), each fact read
	 * once for the page whatever the number of people, meetings or items.
	 */
	private static final int HOME = 24;

	/**
	 * The indicators page: every indicator measured today by the features that own their facts (the PEC's make-up,
	 * terms, declarations, breaches, appraisals, reviews, training, the year's meetings screened together and their
	 * decisions), the PCT's targets and the months kept.
	 */
	private static final int INDICATORS = 30;

	private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

	private static final Set<String> COUNTED = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final List<String> sql = new CopyOnWriteArrayList<>();

	@Autowired
	private HikariDataSource shared;

	private ConfigurableApplicationContext national;

	private JdbcTemplate jdbc;

	private int port;

	private String pct;

	@BeforeAll
	void startTheServiceOnTheNationalDataSet() {
		Matcher url = DATABASE.matcher(this.shared.getJdbcUrl());
		assertThat(url.matches()).as("a PostgreSQL URL: %s", this.shared.getJdbcUrl()).isTrue();
		JdbcTemplate server = new JdbcTemplate(this.shared);
		server.execute("drop database if exists pecgov_national with (force)");
		server.execute("create database pecgov_national");
		this.national = new SpringApplicationBuilder(PecgovApplication.class)
			.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(countingStatements()))
			.run("--server.port=0",
					"--spring.datasource.url=" + url.group(1) + "pecgov_national" + url.group(3),
					"--spring.datasource.username=" + this.shared.getUsername(),
					"--spring.datasource.password=" + this.shared.getPassword(),
					"--pecgov.embedded-database.enabled=false", "--pecgov.demo=true", "--pecgov.demo-scale=national",
					"--pecgov.demo-password=" + TestUsers.PASSWORD, "--pecgov.outbox.initial-delay=P1D",
					"--pecgov.reminders.cron=-", "--pecgov.breaches.cron=-", "--pecgov.submissions.cron=-",
					"--spring.session.jdbc.cleanup-cron=-", "--logging.level.root=warn");
		this.port = ((WebServerApplicationContext) this.national).getWebServer().getPort();
		this.jdbc = this.national.getBean(JdbcTemplate.class);
		this.pct = this.jdbc.queryForObject("select code from organisation where type = 'PCT' and sha_id = "
				+ "(select id from organisation where code = 'NMSHA') and code not in ('SVL', 'NSH') order by code "
				+ "limit 1", String.class);
		long pctId = this.jdbc.queryForObject("select id from organisation where code = ?", Long.class, this.pct);
		addUser("admin", "ADMIN", pctId, null);
		addUser("secretary", "SECRETARY", pctId, null);
		addUser("chair", "CHAIR", pctId, holderOf(pctId, "PEC chair"));
		addUser("member", "MEMBER", pctId, holderOf(pctId, "Clinical member (community nursing)"));
	}

	@AfterAll
	void stop() {
		if (this.national != null) {
			this.national.close();
		}
	}

	@Test
	void theNationalDataSetIsThere() {
		assertThat(this.jdbc.queryForObject("select count(*) from organisation where type = 'PCT'", Long.class))
			.isGreaterThanOrEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from declaration", Long.class))
			.isGreaterThanOrEqualTo(200_000);
		assertThat(this.jdbc.queryForObject("select count(*) from agenda_item", Long.class))
			.isGreaterThanOrEqualTo(300_000);
	}

	@Test
	void theAdministratorsPages() {
		BrowserlessSession admin = signIn("admin");
		String member = first(admin, "/members", "href=\"/members/(\\d+)\"");
		String committee = first(admin, "/committees", "href=\"/committees/(\\d+)\"");

		assertFew(admin, "/members", "/members?q=a", "/members/" + member, "/committees",
				"/committees/" + committee + "/composition");
		assertAtMost(HOME, admin, "/");
		assertAtMost(INDICATORS, admin, "/indicators");
	}

	@Test
	void theChairsPages() {
		BrowserlessSession chair = signIn("chair");
		assertAtMost(HOME, chair, "/");
		assertFew(chair, "/skills", "/terms", "/appraisals");
	}

	@Test
	void theSecretarysPages() {
		BrowserlessSession secretary = signIn("secretary");
		String meeting = first(secretary, "/meetings?when=all", "href=\"/meetings/(\\d+)\"");

		assertFew(secretary, "/meetings?when=all", "/recommendations", "/recommendations?status=SENT",
				"/recommendations/" + first(secretary, "/recommendations", "href=\"/recommendations/(\\d+)\""));
		assertAtMost(HOME, secretary, "/");
		assertFew(secretary, "/interests/review", "/account/notifications");
		assertAtMost(SCREENING, secretary, "/meetings/" + meeting + "/agenda", "/meetings/" + meeting + "/conflicts");
		assertAtMost(SCREENING + 2, secretary, "/meetings/" + meeting + "/attendance");
	}

	@Test
	void theMembersPages() {
		BrowserlessSession member = signIn("member");
		String meeting = first(member, "/meetings", "href=\"/meetings/(\\d+)\"");

		assertAtMost(HOME, member, "/");
		assertFew(member, "/declarations/mine", "/meetings");
		assertAtMost(SCREENING, member, "/meetings/" + meeting + "/agenda");
	}

	@Test
	void theShaViewersPages() {
		BrowserlessSession sha = BrowserlessSession.loggedIn(this.port, "sha@northmidlands.example");
		// the first visit of the month keeps the indicators of PCTs the nightly job has not kept yet
		assertThat(sha.get("/sha").status()).isEqualTo(200);
		assertFew(sha, "/sha");
		assertAtMost(INDICATORS, sha, "/sha/" + this.pct + "/indicators");
	}

	@Test
	void thePublicsPages() {
		assertFew(new BrowserlessSession(this.port), "/public/" + this.pct + "/register",
				"/public/" + this.pct + "/register.csv", "/public/" + this.pct + "/meetings", "/public/" + this.pct,
				"/public/" + this.pct + "/meetings.ics", "/public/" + this.pct + "/register?name=smith");
	}

	private void assertFew(BrowserlessSession session, String... paths) {
		assertAtMost(MOST, session, paths);
	}

	private void assertAtMost(int most, BrowserlessSession session, String... paths) {
		Map<String, List<String>> statementsOf = new LinkedHashMap<>();
		for (String path : paths) {
			this.sql.clear();
			Page page = session.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			statementsOf.put(path, List.copyOf(this.sql));
		}
		assertThat(statementsOf).as("SQL statements per page").allSatisfy((path, statements) -> {
			List<String> pages = statements.stream().filter((s) -> !s.contains("SPRING_SESSION")).toList();
			assertThat(pages).as("%s: %s", path, String.join("\n", pages)).hasSizeBetween(1, most);
			// the signed-in user's session: read, its last access written, and read again (spring-session#1731)
			assertThat(statements.size() - pages.size()).as("%s: the session's statements", path).isLessThanOrEqualTo(3);
		});
	}

	private String first(BrowserlessSession session, String path, String link) {
		Matcher found = Pattern.compile(link).matcher(session.get(path).body());
		assertThat(found.find()).as("a link on %s", path).isTrue();
		return found.group(1);
	}

	private BrowserlessSession signIn(String who) {
		return BrowserlessSession.loggedIn(this.port, who + "@" + this.pct.toLowerCase() + ".example");
	}

	private Long holderOf(long pctId, String post) {
		return this.jdbc.queryForObject("select a.person_id from appointment a join post p on p.id = a.post_id "
				+ "where a.organisation_id = ? and p.title = ? and a.ended_on is null and a.term_start <= current_date "
				+ "and a.term_end >= current_date order by a.id limit 1", Long.class, pctId, post);
	}

	private void addUser(String who, String role, long pctId, Long personId) {
		this.jdbc.update("insert into app_user (email, display_name, password_hash, role, organisation_id, person_id) "
				+ "select ?, ?, password_hash, ?, ?, ? from app_user where email = 'admin@southvale.example'",
				who + "@" + this.pct.toLowerCase() + ".example", "National " + who, role, pctId, personId);
	}

	private BeanPostProcessor countingStatements() {
		List<String> sql = this.sql;
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
					return bean;
				}
				return new DelegatingDataSource(dataSource) {

					@Override
					public Connection getConnection() throws SQLException {
						return counted(super.getConnection(), sql);
					}

					@Override
					public Connection getConnection(String username, String password) throws SQLException {
						return counted(super.getConnection(username, password), sql);
					}

				};
			}

		};
	}

	private static Connection counted(Connection connection, List<String> sql) {
		return (Connection) Proxy.newProxyInstance(NationalScaleStatementsTest.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					if (COUNTED.contains(method.getName())) {
						sql.add((args != null && args.length > 0 && args[0] instanceof String text)
								? text.substring(0, Math.min(text.length(), 160)) : method.getName());
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

}
