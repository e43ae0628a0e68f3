package org.pecgov.flow;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.support.BrowserlessSession;
import org.pecgov.support.BrowserlessSession.Page;
import org.pecgov.support.DemoIds;
import org.pecgov.support.PecgovDatabase;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form, submitted with everything wrong at once, says every problem in one response: the rules of its
 * service beside those of the form itself, each beside its field and in the error summary, the page's title
 * starting "Error: ", and nothing saved. Over real HTTP on the demo data, as each role would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PecgovDatabase
class EveryProblemAtOnceTest {

	private static final String PCT = "SVL";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MessageSource messages;

	private DemoIds ids;

	private long southvale;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void demo() {
		this.ids = new DemoIds(this.jdbc);
		this.southvale = this.ids.organisation(PCT);
	}

	@Test
	void planningAMeeting() {
		BrowserlessSession secretary = as("secretary");
		secretary.get("/meetings/new");
		Page page = secretary.post("/meetings", form("committeeId", committee("PEC"), "type", "", "date",
				this.today.minusDays(1), "startTime", "10:00", "place", "", "remoteLink", "", "publicMeeting", "true"));

		refused(page, Map.of("date", "meeting.date.past", "place", "meeting.place.required", "type", ""));

		// a committee that is not the PCT's is said as a problem of the form, not a failure of the service
		refused(secretary.post("/meetings", form("committeeId", "999999999", "type", "BUSINESS", "date",
				this.today.plusDays(7), "startTime", "10:00", "place", "", "remoteLink", "http://meet.example",
				"publicMeeting", "true")), Map.of("committeeId", "meeting.committee.unknown", "remoteLink",
						"meeting.remoteLink.https"));
	}

	@Test
	void aSubCommittee() {
		BrowserlessSession admin = as("admin");
		admin.get("/committees/new");
		String taken = this.jdbc.queryForObject("select name from committee where organisation_id = ? and kind = 'PEC'",
				String.class, this.southvale);
		Page page = admin.post("/committees", form("name", taken, "purpose", "p".repeat(5000), "quorumMinPresent", "x",
				"quorumMinClinical", "1"));

		refused(page, Map.of("name", "committee.name.duplicate", "purpose", "", "quorumMinPresent", ""));
	}

	@Test
	void aPost() {
		BrowserlessSession admin = as("admin");
		String pec = committee("PEC");
		admin.get("/posts/new?committee=" + pec);
		String taken = this.jdbc.queryForObject(
				"select title from post where committee_id = ? and not retired order by id limit 1", String.class,
				Long.valueOf(pec));
		Page page = admin.post("/posts?committee=" + pec, form("kind", "CHAIR", "title", taken, "purpose", "",
				"daysPerWeek", "9"));

		refused(page, Map.of("kind", "post.kind.one", "title", "post.title.duplicate", "purpose", "",
				"daysPerWeek", ""));
	}

	@Test
	void aCompetencyAndAnOrganisationInTheDirectory() {
		BrowserlessSession admin = as("admin");
		admin.get("/competencies");
		String competency = this.jdbc.queryForObject(
				"select name from competency where organisation_id = ? order by id limit 1", String.class, this.southvale);
		refused(admin.post("/competencies", form("family", "", "name", competency)),
				Map.of("name", "competency.name.duplicate", "family", ""));

		admin.get("/interests/organisations");
		String organisation = this.jdbc.queryForObject(
				"select name from directory_organisation where organisation_id = ? order by id limit 1", String.class,
				this.southvale);
		refused(admin.post("/interests/organisations", form("type", "", "name", organisation)),
				Map.of("name", "directory.name.duplicate", "type", ""));
	}

	@Test
	void aUserAndAPasswordChange() {
		BrowserlessSession admin = as("admin");
		admin.get("/admin/users/new");
		refused(admin.post("/admin/users", form("email", "chair@southvale.example", "displayName", "", "role", "MEMBER",
				"personId", "")), Map.of("email", "user.email.duplicate", "personId", "user.person.required",
						"displayName", ""));
		admin.get("/admin/users/new");
		refused(admin.post("/admin/users", form("email", "someone.new@southvale.example", "displayName", "", "role",
				"MEMBER", "personId", "999999999")), Map.of("personId", "user.person.unknown", "displayName", ""));

		BrowserlessSession member = as("member");
		member.get("/account/password");
		refused(member.post("/account/password", form("currentPassword", "not-my-password-at-all", "newPassword",
				"short", "confirmPassword", "different")), Map.of("currentPassword", "password.current.wrong",
						"newPassword", "", "confirmPassword", "password.confirm.mismatch"));
		// a wrong current password with the right one as the new: nothing confirms the guess
		member.get("/account/password");
		Page guess = member.post("/account/password", form("currentPassword", "not-my-password-at-all", "newPassword",
				TestUsers.PASSWORD, "confirmPassword", TestUsers.PASSWORD));
		refused(guess, Map.of("currentPassword", "password.current.wrong"));
		assertThat(guess.body()).doesNotContain(message("password.same"));
	}

	@Test
	void anOperatorsPctAndItsFirstAdministrator() {
		BrowserlessSession operator = BrowserlessSession.loggedIn(this.port, "operator@pecgov.example");
		operator.get("/operator/pcts/new");
		String name = this.jdbc.queryForObject("select name from organisation where code = ?", String.class, PCT);
		refused(operator.post("/operator/pcts", form("code", PCT, "name", name, "shaId", "")),
				Map.of("code", "organisation.code.duplicate", "name", "organisation.name.duplicate", "shaId",
						"organisation.sha.required"));

		operator.get("/operator/organisations/" + this.southvale + "/users/new");
		refused(operator.post("/operator/organisations/" + this.southvale + "/users",
				form("email", "admin@southvale.example", "displayName", "")),
				Map.of("email", "user.email.duplicate", "displayName", ""));
	}

	@Test
	void reviewsTrainingAndObjectives() {
		long member = this.ids.personOfUser("member@southvale.example");
		BrowserlessSession chair = as("chair");
		chair.get("/reviews/new?person=" + member);
		refused(chair.post("/reviews", form("personId", member, "heldOn", this.today.plusDays(3), "notes", "")),
				Map.of("heldOn", "review.heldOn.future", "notes", ""));

		chair.get("/members/" + member + "/objectives");
		refused(chair.post("/members/" + member + "/objectives", form("leadArea", "", "objective", "", "dueOn",
				this.today.minusDays(1))), Map.of("dueOn", "objective.due.range", "objective", ""));

		BrowserlessSession self = as("member");
		self.get("/training/new");
		refused(self.post("/training", form("personId", member, "course", "", "attendedOn", this.today.plusDays(2),
				"hours", "0", "joint", "false")), Map.of("attendedOn", "training.date.future", "course", "",
						"hours", ""));
	}

	@Test
	void anAppraisalAndItsPlan() {
		long chairPerson = this.ids.personOfUser("chair@southvale.example");
		BrowserlessSession chair = as("chair");
		chair.get("/appraisals");
		// the chair opening her own appraisal, over a period that ends before it starts
		refused(chair.post("/appraisals", form("personId", chairPerson, "periodFrom", this.today.minusMonths(1),
				"periodTo", this.today.minusMonths(2))),
				Map.of("personId", "appraisal.selfAppraisal", "periodTo", "appraisal.period.invalid"));

		long inProgress = this.jdbc.queryForObject("select id from appraisal where appraiser_id = ? and "
				+ "appraiser_signed_at is null and not superseded order by id limit 1", Long.class, chairPerson);
		String page = chair.get("/appraisals/" + inProgress).body();
		refused(chair.post("/appraisals/" + inProgress + "/pdp", form("version", version(page), "need", "", "action",
				"", "byWhen", this.today.minusDays(1))),
				Map.of("need", "pdp.need.required", "action", "pdp.action.required", "byWhen", "pdp.byWhen.invalid"));
	}

	@Test
	void ratesOfPay() {
		BrowserlessSession admin = as("admin");
		String page = admin.get("/remuneration").body();
		LocalDate taken = this.jdbc.queryForObject(
				"select effective_from from remuneration_rate where organisation_id = ? order by id limit 1",
				LocalDate.class, this.southvale);
		refused(admin.post("/remuneration/rates", form("effectiveFrom", taken, "ceoSalary", "0", "chairPercent", "50",
				"memberPercent", "80", "backfillPerDay", "")),
				Map.of("effectiveFrom", "remuneration.from.taken", "chairPercent", "remuneration.chair.belowMembers",
						"ceoSalary", "", "backfillPerDay", ""));

		Matcher own = Pattern.compile("/remuneration/appointments/(\\d+)").matcher(page);
		assertThat(own.find()).as("a member paid at the members' rate").isTrue();
		String appointment = own.group(1);
		refused(admin.post("/remuneration/appointments/" + appointment, form("percent", "500", "reason", "")),
				Map.of("percent-" + appointment, "remuneration.percent.range", "reason-" + appointment,
						"remuneration.own.reason"));
	}

	@Test
	void aGift() {
		BrowserlessSession member = as("member");
		member.get("/gifts/new");
		refused(member.post("/gifts", form("kind", "GIFT", "offeredBy", "A supplier", "description", "", "value", "10",
				"offeredOn", this.today.plusDays(5), "accepted", "false")),
				Map.of("offeredOn", "gift.offeredOn.future", "description", ""));
	}

	@Test
	void attendanceDecisionsActionsAndConflictPlans() {
		long held = this.jdbc.queryForObject(
				"select id from meeting where organisation_id = ? and status = 'HELD' and committee_id in (select id from committee where kind = 'PEC') order by meeting_date desc limit 1",
				Long.class, this.southvale);
		List<Long> present = this.jdbc.queryForList(
				"select person_id from attendance where meeting_id = ? and status = 'PRESENT' order by person_id",
				Long.class, held);
		assertThat(present).hasSizeGreaterThanOrEqualTo(2);
		BrowserlessSession secretary = as("secretary");
		secretary.get("/meetings/" + held + "/attendance");
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put("rows[" + present.get(0) + "].status", "IN_ATTENDANCE");
		rows.put("rows[" + present.get(1) + "].status", "PRESENT");
		rows.put("rows[" + present.get(1) + "].arrivedAt", "11:00");
		rows.put("rows[" + present.get(1) + "].leftAt", "10:00");
		rows.put("rows[999999999].status", "PRESENT");
		if (present.size() > 2) {
			rows.put("rows[" + present.get(2) + "].status", "ABSENT");
			rows.put("rows[" + present.get(2) + "].arrivedAt", "14:00");
		}
		Page attendance = secretary.post("/meetings/" + held + "/attendance", rows);
		refused(attendance, Map.of("rows[" + present.get(0) + "].status", "attendance.member.inAttendance",
				"rows[" + present.get(1) + "].leftAt", "attendance.times.order", "rows[999999999].status",
				"attendance.notExpected"));
		if (present.size() > 2) {
			assertThat(attendance.body()).contains(message("attendance.times.notThere"));
		}

		long item = this.jdbc.queryForObject("select id from agenda_item where meeting_id = ? and purpose = 'DECISION' "
				+ "order by position limit 1", Long.class, held);
		secretary.get("/meetings/" + held + "/minutes/items/" + item);
		refused(secretary.post("/meetings/" + held + "/minutes/items/" + item, form("minutes", "Discussed.", "outcome", "",
				"votesFor", "90")), Map.of("outcome", "decision.outcome.required", "votesFor", "decision.votes.tooMany"));

		secretary.get("/meetings/" + held + "/minutes");
		LocalDate day = this.jdbc.queryForObject("select meeting_date from meeting where id = ?", LocalDate.class, held);
		refused(secretary.post("/meetings/" + held + "/minutes/actions", form("description", "", "ownerId", "999999999",
				"dueOn", day.minusDays(1))), Map.of("description", "", "ownerId", "action.owner.unknown", "dueOn",
						"action.due.beforeMeeting"));

		long coming = this.jdbc.queryForObject("select id from meeting where organisation_id = ? and "
				+ "status = 'AGENDA_PUBLISHED' order by meeting_date limit 1", Long.class, this.southvale);
		long comingItem = this.jdbc.queryForObject(
				"select id from agenda_item where meeting_id = ? order by position limit 1", Long.class, coming);
		long person = present.get(0);
		BrowserlessSession chair = as("chair");
		chair.get("/meetings/" + coming + "/conflicts");
		Page plan = chair.post("/meetings/" + coming + "/conflicts", form("itemId", comingItem, "personId", person,
				"note", "n".repeat(1001)));
		assertThat(plan.body()).contains("<title>Error: ")
			.contains(message("conflict.plan.required"))
			.contains(message("conflicts.note.tooLong"))
			.contains("href=\"#plan-" + comingItem + "-" + person + "-STAYS\"")
			.contains("href=\"#note-" + comingItem + "-" + person + "\"");
	}

	@Test
	void aVacancyItsCandidatesPanelAndDecision() {
		// in the other demo PCT, on the Board's vacant non-executive director's post, closed again at the end
		long northshire = this.ids.organisation("NSH");
		long post = this.jdbc.queryForObject("select p.id from post p join committee c on c.id = p.committee_id "
				+ "where c.organisation_id = ? and p.kind = 'NON_EXECUTIVE_DIRECTOR' and not p.retired "
				+ "and not exists (select 1 from appointment a where a.post_id = p.id) order by p.id limit 1", Long.class,
				northshire);
		long person = this.jdbc.queryForObject("select id from person where organisation_id = ? and status = 'ACTIVE' "
				+ "order by id limit 1", Long.class, northshire);
		BrowserlessSession admin = BrowserlessSession.loggedIn(this.port, "admin@northshire.example");
		admin.get("/vacancies/new?post=" + post);
		Page opened = admin.post("/vacancies", form("postId", post, "notes", "Advertised"));
		assertThat(opened.status()).isEqualTo(302);
		String vacancy = opened.location().replaceAll("^https?://[^/]+", "");
		admin.get(vacancy);
		refused(admin.post("/vacancies", form("postId", post, "notes", "n".repeat(2001))),
				Map.of("postId", "vacancy.post.alreadyOpen", "notes", ""));

		assertThat(admin.post(vacancy + "/candidates", form("personId", person)).status()).isEqualTo(302);
		admin.get(vacancy);
		refused(admin.post(vacancy + "/candidates", form("personId", person, "nominations", "n".repeat(2001))),
				Map.of("candidate-personId", "vacancy.candidate.duplicate", "candidate-nominations", ""));
		admin.get(vacancy);
		refused(admin.post(vacancy + "/panel", form("personId", person, "panelRole", "")),
				Map.of("panel-personId", "vacancy.panel.candidate", "panel-panelRole", ""));

		long candidate = this.jdbc.queryForObject("select id from candidate where person_id = ? and vacancy_id = ?",
				Long.class, person, Long.valueOf(vacancy.substring(vacancy.lastIndexOf('/') + 1)));
		String page = admin.get(vacancy).body();
		Page decided = admin.post(vacancy + "/decision", form("version", version(page), "candidateId", candidate,
				"termStart", this.today, "termEnd", this.today.minusDays(1), "reasons", "r".repeat(4001)));
		refused(decided, Map.of("termEnd", "", "reasons", ""));
		assertThat(decided.body()).contains(HtmlUtils.htmlEscape(this.messages.getMessage("vacancy.panel.size",
				new Object[] { 3, 4 }, Locale.UK)));

		// no candidate chosen, and the panel too small: both said
		Page undecided = admin.post(vacancy + "/decision", form("version", version(admin.get(vacancy).body()),
				"candidateId", "", "termStart", this.today, "termEnd", this.today.plusYears(3)));
		refused(undecided, Map.of("candidateId", "vacancy.decision.candidate"));
		assertThat(undecided.body()).contains(HtmlUtils.htmlEscape(this.messages.getMessage("vacancy.panel.size",
				new Object[] { 3, 4 }, Locale.UK)));

		admin.get(vacancy);
		assertThat(admin.post(vacancy + "/close", form("version", version(admin.get(vacancy).body()), "reasons",
				"Opened by a test of the forms")).status()).isEqualTo(302);
	}

	private BrowserlessSession as(String role) {
		return BrowserlessSession.loggedIn(this.port, role + "@southvale.example");
	}

	private String committee(String kind) {
		return this.jdbc
			.queryForObject("select id from committee where organisation_id = ? and kind = ?", Long.class, this.southvale,
					kind)
			.toString();
	}

	private static String version(String page) {
		Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
		return version.find() ? version.group(1) : "0";
	}

	/**
	 * Asserts a form was refused with a problem beside each field named, each with the message of its key (a
	 * key of "" when the form's own message is not the point), listed in the error summary.
	 */
	private void refused(Page page, Map<String, String> problems) {
		assertThat(page.status()).as("the form is shown again, not saved").isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("<title>Error: ").contains("nhsuk-error-summary");
		problems.forEach((field, key) -> {
			String id = field.replace("[", "").replace("]", "");
			assertThat(body).as("a problem beside %s", field)
				.containsAnyOf("id=\"" + field + "-error\"", "id=\"" + id + "-error\"");
			assertThat(body).as("%s in the error summary", field).contains("href=\"#" + id + "\"");
			if (!key.isEmpty()) {
				assertThat(body).as("the message of %s", key).contains(message(key));
			}
		});
	}

	private String message(String key) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, Locale.UK));
	}

	private static Map<String, String> form(Object... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i].toString(), pairs[i + 1].toString());
		}
		return fields;
	}

}
