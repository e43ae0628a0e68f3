package org.pecgov.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route, every role: a role allowed a route never gets 403 (nor the login page), a role not
 * allowed always gets 403, and nobody signed out gets past the login page. Writes are sent with
 * empty forms so that nothing changes. A member asking for another member's record gets 404: for them it
 * does not exist.
 */
@IntegrationTest
class RoleRouteTest {

	private static final Set<Role> PCT_READERS = EnumSet.of(Role.ADMIN, Role.CHAIR, Role.SECRETARY);

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcTemplate jdbc;

	private List<Route> routes;

	@BeforeEach
	void routes() {
		DemoIds ids = new DemoIds(this.jdbc);
		long person = ids.person("rajesh.patel@northshire.example");
		long own = ids.personOfUser("member@northshire.example");
		long user = ids.user("secretary@northshire.example");
		long pct = ids.organisation("NSH");
		this.routes = List.of(get("/", EVERYONE), get("/members", PCT_READERS), get("/members/new", Set.of(Role.ADMIN)),
				new Route(HttpMethod.GET, "/members/" + person, PCT_READERS, Set.of(Role.MEMBER)), get("/members/" + own, EnumSet.of(Role.ADMIN, Role.CHAIR,
						Role.SECRETARY, Role.MEMBER)),
				get("/members/" + person + "/edit", Set.of(Role.ADMIN)),
				get("/members/" + own + "/contact", Set.of(Role.MEMBER)), post("/members", Set.of(Role.ADMIN)),
				post("/members/" + person, Set.of(Role.ADMIN)), post("/members/" + person + "/retire", Set.of(Role.ADMIN)),
				get("/members/" + person + "/retire", Set.of(Role.ADMIN)),
				post("/members/" + person + "/reinstate", Set.of(Role.ADMIN)),
				post("/members/" + own + "/contact", Set.of(Role.MEMBER)), get("/admin/users", Set.of(Role.ADMIN)),
				get("/admin/users/new", Set.of(Role.ADMIN)), get("/admin/users/" + user + "/edit", Set.of(Role.ADMIN)),
				post("/admin/users", Set.of(Role.ADMIN)), post("/admin/users/" + user, Set.of(Role.ADMIN)),
				post("/admin/users/" + user + "/reset-password", Set.of(Role.ADMIN)),
				get("/admin/audit", Set.of(Role.ADMIN)), get("/admin/outbox", Set.of(Role.ADMIN)), get("/actuator/info", Set.of(Role.ADMIN)),
				get("/operator", Set.of(Role.OPERATOR)), get("/operator/shas/new", Set.of(Role.OPERATOR)),
				get("/operator/pcts/new", Set.of(Role.OPERATOR)), post("/operator/shas", Set.of(Role.OPERATOR)),
				post("/operator/pcts", Set.of(Role.OPERATOR)),
				get("/operator/organisations/" + pct + "/users/new", Set.of(Role.OPERATOR)),
				post("/operator/organisations/" + pct + "/users", Set.of(Role.OPERATOR)),
				get("/sha", Set.of(Role.SHA_VIEWER)),
				get("/account/password", EVERYONE), post("/account/password", EVERYONE));
		long pec = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'",
				Long.class, pct);
		long postId = this.jdbc.queryForObject("select min(id) from post where committee_id = ?", Long.class, pec);
		long competency = this.jdbc.queryForObject("select min(id) from competency where organisation_id = ?",
				Long.class, pct);
		long vacancy = this.jdbc.queryForObject("select min(id) from vacancy where organisation_id = ?", Long.class,
				pct);
		long candidate = this.jdbc.queryForObject("select min(id) from candidate where vacancy_id = ?", Long.class,
				vacancy);
		long panellist = this.jdbc.queryForObject("select min(id) from panel_member where vacancy_id = ?", Long.class,
				vacancy);
		long appointment = this.jdbc.queryForObject(
				"select min(id) from appointment where organisation_id = ? and person_id <> ?", Long.class, pct, own);
		Set<Role> readers = EnumSet.of(Role.ADMIN, Role.CHAIR, Role.SECRETARY, Role.SHA_VIEWER);
		Set<Role> pctUsers = EnumSet.of(Role.ADMIN, Role.CHAIR, Role.SECRETARY, Role.MEMBER);
		Set<Role> admin = Set.of(Role.ADMIN);
		java.util.List<Route> more = new java.util.ArrayList<>(this.routes);
		more.addAll(List.of(get("/committees", readers), get("/committees/" + pec, readers),
				get("/committees/" + pec + "/composition", readers), get("/committees/new", admin),
				get("/committees/" + pec + "/edit", admin), post("/committees", admin), post("/committees/" + pec, admin),
				get("/posts/" + postId, readers), get("/posts/new?committee=" + pec, admin),
				get("/posts/" + postId + "/edit", admin), post("/posts?committee=" + pec, admin),
				post("/posts/" + postId, admin), post("/posts/" + postId + "/retire", admin),
				post("/posts/" + postId + "/restore", admin), get("/competencies", readers),
				get("/competencies/" + competency + "/edit", admin), post("/competencies", admin),
				post("/competencies/" + competency, admin), post("/competencies/" + competency + "/retire", admin),
				post("/competencies/" + competency + "/restore", admin), get("/vacancies", readers),
				get("/vacancies/new", admin), post("/vacancies", admin), get("/vacancies/" + vacancy, readers),
				post("/vacancies/" + vacancy + "/candidates", admin),
				post("/vacancies/" + vacancy + "/candidates/" + candidate + "/remove", admin), post("/vacancies/" + vacancy + "/panel", admin),
				post("/vacancies/" + vacancy + "/decision", admin), post("/vacancies/" + vacancy + "/close", admin),
				get("/vacancies/" + vacancy + "/candidates/" + candidate + "/scores?panellist=" + panellist, admin),
				post("/vacancies/" + vacancy + "/ballot", admin), post("/vacancies/" + vacancy + "/ballot/close", admin),
				post("/vacancies/" + vacancy + "/ballot/vote", pctUsers),
				post("/vacancies/" + vacancy + "/ballot/confirm", pctUsers),
				new Route(HttpMethod.GET, "/appointments/" + appointment, EnumSet.of(Role.ADMIN, Role.CHAIR,
						Role.SECRETARY, Role.SHA_VIEWER), Set.of(Role.MEMBER)),
				get("/appointments/new?post=" + postId, admin), post("/appointments", admin),
				get("/appointments/" + appointment + "/end", admin), post("/appointments/" + appointment + "/end", admin),
				get("/terms", EnumSet.of(Role.ADMIN, Role.CHAIR, Role.SECRETARY, Role.MEMBER, Role.SHA_VIEWER)),
				get("/skills", readers), get("/admin/settings", admin), post("/admin/settings", admin)));
		long directory = this.jdbc.queryForObject("select min(id) from directory_organisation where organisation_id = ?",
				Long.class, pct);
		long declaration = this.jdbc.queryForObject(
				"select min(id) from declaration where organisation_id = ? and person_id not in (?, ?)", Long.class, pct,
				own, ids.personOfUser("chair@northshire.example"));
		Set<Role> staff = EnumSet.of(Role.ADMIN, Role.SECRETARY);
		more.addAll(List.of(get("/declarations/mine", pctUsers), get("/declarations/new", pctUsers),
				post("/declarations", pctUsers), get("/interests", readers), get("/interests/organisations", readers),
				get("/interests/organisations/" + directory, readers),
				get("/interests/organisations/" + directory + "/edit", staff), post("/interests/organisations", staff),
				post("/interests/organisations/" + directory, staff),
				new Route(HttpMethod.GET, "/declarations/" + declaration + "/edit",
						EnumSet.of(Role.ADMIN, Role.SECRETARY), Set.of()),
				new Route(HttpMethod.POST, "/declarations/" + declaration, EnumSet.of(Role.ADMIN, Role.SECRETARY),
						Set.of()),
				post("/declarations/returns", pctUsers), get("/interests/breaches", readers),
				post("/interests/breaches/detect", staff), get("/gifts", readers), get("/gifts/new", pctUsers),
				post("/gifts", pctUsers), get("/interests/withholding", readers),
				get("/sha/interests.csv", Set.of(Role.SHA_VIEWER))));
		long coming = this.jdbc.queryForObject(
				"select id from meeting where organisation_id = ? and status = 'AGENDA_PUBLISHED' order by id limit 1",
				Long.class, pct);
		long held = this.jdbc.queryForObject(
				"select id from meeting where organisation_id = ? and status = 'HELD' and committee_id in (select id from committee where kind = 'PEC') order by id limit 1", Long.class,
				pct);
		long item = this.jdbc.queryForObject("select min(id) from agenda_item where meeting_id = ?", Long.class, coming);
		long heldItem = this.jdbc.queryForObject("select min(id) from agenda_item where meeting_id = ?", Long.class,
				held);
		Set<Role> meetingReaders = EnumSet.of(Role.ADMIN, Role.CHAIR, Role.SECRETARY, Role.MEMBER, Role.SHA_VIEWER);
		String m = "/meetings/" + coming;
		String i = m + "/agenda/items/" + item;
		more.addAll(List.of(get("/meetings", meetingReaders), get("/meetings/new", staff), post("/meetings", staff),
				get(m, meetingReaders), get(m + "/edit", staff), post(m, staff), post(m + "/status", staff),
				get(m + "/agenda", meetingReaders), get(m + "/agenda/items/new", staff), post(m + "/agenda/items", staff),
				get(i + "/edit", staff), post(i, staff), post(i + "/move", staff), post(i + "/refer", staff),
				post(i + "/papers", staff), get(i + "/papers/999999", meetingReaders), get(m + "/conflicts", meetingReaders),
				post(m + "/conflicts", pctUsers), get(m + "/attendance", meetingReaders), post(m + "/attendance", staff),
				get("/meetings/" + held + "/minutes", meetingReaders),
				get("/meetings/" + held + "/minutes/items/" + heldItem, staff),
				post("/meetings/" + held + "/minutes/actions", staff),
				post("/meetings/" + held + "/minutes/approve", Set.of(Role.CHAIR)),
				get("/meetings/" + held + "/conflicts/statement.pdf", meetingReaders), get("/actions", meetingReaders),
				post("/actions/999999", pctUsers), get("/account/calendar", pctUsers),
				get("/reviews", EnumSet.of(Role.ADMIN, Role.CHAIR, Role.MEMBER)),
				get("/reviews/new", EnumSet.of(Role.ADMIN, Role.CHAIR, Role.MEMBER)),
				post("/reviews", EnumSet.of(Role.ADMIN, Role.CHAIR, Role.MEMBER)),
				get("/appraisals", EnumSet.of(Role.ADMIN, Role.CHAIR, Role.MEMBER)),
				get("/training", pctUsers), get("/training/new", pctUsers), post("/training", pctUsers),
				get("/remuneration", EnumSet.of(Role.ADMIN, Role.CHAIR)), post("/remuneration/rates", admin),
				post("/appraisals", EnumSet.of(Role.ADMIN, Role.CHAIR, Role.MEMBER)),
				new Route(HttpMethod.GET, "/members/" + person + "/objectives", PCT_READERS, Set.of(Role.MEMBER)),
				get("/members/" + own + "/objectives", pctUsers)));
		this.routes = more;
	}

	@Test
	void everyRoleGetsExactlyTheRoutesItIsAllowed() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Route route : this.routes) {
			for (Role role : Role.values()) {
				int status = this.mvc.perform(route.request().with(user(this.users.loadUserByUsername(account(role)))))
					.andReturn()
					.getResponse()
					.getStatus();
				boolean allowed = route.allowed().contains(role);
				boolean hidden = route.hidden().contains(role);
				if ((hidden && status != 404) || (!hidden && (allowed == (status == 403) || status == 500))) {
					wrong.add(role + " " + route.method() + " " + route.path() + " -> " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void signedOutUsersAreSentToLogInFromEveryRoute() throws Exception {
		for (Route route : this.routes) {
			var response = this.mvc.perform(route.request()).andReturn().getResponse();
			assertThat(response.getStatus()).as(route.path()).isEqualTo(302);
			// a form sent without a session says so on the login page
			assertThat(response.getRedirectedUrl()).as(route.path())
				.endsWith(HttpMethod.GET.equals(route.method()) ? "/login" : "/login?expired");
		}
	}

	@Test
	void publicPagesNeedNoLogin() throws Exception {
		for (String path : Stream.of("/login", "/accessibility", "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness", "/public/NSH/register", "/public/NSH/gifts", "/public/NSH/register.csv",
				"/public/NSH/gifts.csv", "/public/NSH/register.pdf", "/public/NSH/gifts.pdf", "/public/NSH/meetings")
			.toList()) {
			assertThat(this.mvc.perform(request(HttpMethod.GET, path)).andReturn().getResponse().getStatus())
				.as(path)
				.isEqualTo(200);
		}
	}

	static String account(Role role) {
		return switch (role) {
			case OPERATOR -> "operator@pecgov.example";
			case SHA_VIEWER -> "sha@northmidlands.example";
			default -> role.name().toLowerCase() + "@northshire.example";
		};
	}

	private static Route get(String path, Set<Role> allowed) {
		return new Route(HttpMethod.GET, path, allowed, Set.of());
	}

	private static Route post(String path, Set<Role> allowed) {
		return new Route(HttpMethod.POST, path, allowed, Set.of());
	}

	/**
	 * A route and who may use it.
	 * @param method GET or POST
	 * @param path the path
	 * @param allowed roles that may use it
	 * @param hidden roles for which the record does not exist (another member's record for a member)
	 */
	record Route(HttpMethod method, String path, Set<Role> allowed, Set<Role> hidden) {

		MockHttpServletRequestBuilder request() {
			MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(this.method, this.path);
			return (this.method == HttpMethod.POST) ? builder.with(csrf()) : builder;
		}

	}

}
