package org.pecgov.appointment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.appointment.composition.CompositionService;
import org.pecgov.appointment.composition.CompositionView;
import org.pecgov.appointment.composition.SkillsService;
import org.pecgov.appointment.composition.TermsService;
import org.pecgov.appointment.vacancy.Candidate;
import org.pecgov.appointment.vacancy.InterviewPanel;
import org.pecgov.appointment.vacancy.Vacancy;
import org.pecgov.appointment.vacancy.VacancyService;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.committee.SpecificationDetails;
import org.pecgov.competency.Competency;
import org.pecgov.competency.CompetencyService;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of appointment on PostgreSQL: each bad input gets its message and nothing is saved; the
 * composition, terms and skills pages load in a fixed number of statements.
 */
@IntegrationTest
class AppointmentRulesTest {

	@Autowired
	private AppointmentService appointments;

	@Autowired
	private VacancyService vacancies;

	@Autowired
	private InterviewPanel panel;

	@Autowired
	private PostService posts;

	@Autowired
	private CommitteeService committees;

	@Autowired
	private CompetencyService competencies;

	@Autowired
	private CompositionService composition;

	@Autowired
	private TermsService terms;

	@Autowired
	private SkillsService skills;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	private DemoIds ids;

	@BeforeEach
	void signIn() {
		this.ids = new DemoIds(this.jdbc);
		SignIn.as(Role.ADMIN, this.ids.organisation("NSH"), null);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void refusesTermsOutsideThePctsRules() {
		Post post = newPost("Clinical member (terms test)");
		long person = this.ids.person("rachel.greene@northshire.example");
		LocalDate start = LocalDate.of(2027, 4, 1);

		assertProblem(() -> appoint(post, person, start, start.minusDays(1)), "term.end.beforeStart");
		assertProblem(() -> appoint(post, person, start, start.plusYears(4)), "term.end.tooLong");
		assertProblem(() -> appoint(post, person, start, null), "term.end.required");
		appoint(post, person, start, start.plusYears(2).minusDays(1));
		assertProblem(() -> appoint(post, person, start.plusYears(1), start.plusYears(3)), "appointment.overlap");
		assertThat(count("appointment where post_id = " + post.getId())).isEqualTo(1);
	}

	@Test
	void thePecChairIsNeverAppointedDirectly() {
		Post chair = this.posts.postsOf(this.committees.pec().getId())
			.stream()
			.filter((p) -> p.getKind() == PostKind.CHAIR)
			.findFirst()
			.orElseThrow();
		LocalDate start = LocalDate.of(2028, 4, 1);

		assertProblem(() -> appoint(chair, this.ids.person("rajesh.patel@northshire.example"), start,
				start.plusYears(4).minusDays(1)), "appointment.chair.ballot");
	}

	@Test
	void aSecondPostOnTheSameCommitteeNeedsAReasonKeptWithIt() {
		Post post = newPost("Clinical member (second post)");
		long deputy = this.ids.person("rajesh.patel@northshire.example");
		LocalDate start = LocalDate.now();
		LocalDate end = start.plusYears(2).minusDays(1);

		assertProblem(() -> this.appointments.appoint(new AppointCommand(post.getId(), deputy, new Term(start, end),
				false, null, true, null, " "), null), "appointment.secondPost.reason");
		Appointment made = this.appointments.appoint(new AppointCommand(post.getId(), deputy, new Term(start, end),
				false, null, true, null, "Covers urgent care until the post is filled"), null);

		assertThat(made.getSecondPostReason()).isEqualTo("Covers urgent care until the post is filled");
	}

	@Test
	void aPostHasOneHolderAtATime() {
		Post post = newPost("Clinical member (one holder)");
		LocalDate start = LocalDate.of(2027, 4, 1);
		appoint(post, this.ids.person("rachel.greene@northshire.example"), start, start.plusYears(2).minusDays(1));

		assertProblem(() -> appoint(post, this.ids.person("mark.evans@northshire.example"), start.plusMonths(6),
				start.plusYears(3)), "appointment.postHeld");
		appoint(post, this.ids.person("mark.evans@northshire.example"), start.plusYears(2),
				start.plusYears(4).minusDays(1));
		assertThat(count("appointment where post_id = " + post.getId())).isEqualTo(2);
	}

	@Test
	void nobodyIsBothCandidateAndPanellistNorScoresThemselves() {
		Post post = newPost("Clinical member (own panel)");
		Vacancy vacancy = this.vacancies.open(post.getId(), null);
		long panellist = this.ids.person("julia.bennett@northshire.example");
		this.panel.addPanellist(vacancy.getId(), panellist, "CEO");

		assertProblem(() -> this.vacancies.addCandidate(vacancy.getId(), panellist, null), "vacancy.candidate.onPanel");
		Candidate withdrawing = this.vacancies.addCandidate(vacancy.getId(),
				this.ids.person("mark.evans@northshire.example"), null);
		this.vacancies.withdrawCandidate(vacancy.getId(), withdrawing.getId());
		assertThat(count("candidate where vacancy_id = " + vacancy.getId())).isZero();
		assertThat(this.jdbc.queryForObject("select organisation_id from audit_event where entity_type = 'PanelMember' "
				+ "order by id desc limit 1", Long.class)).isEqualTo(this.ids.organisation("NSH"));
	}

	@Test
	void aPostsKindFollowsTheCommitteesRules() {
		Committee pec = this.committees.pec();
		SpecificationDetails details = new SpecificationDetails("Purpose", null, null, BigDecimal.ONE, null, Map.of());

		assertProblem(() -> this.posts.create(pec.getId(), PostKind.CHAIR, "Second chair", details), "post.kind.one");
		assertProblem(() -> this.posts.create(pec.getId(), PostKind.BOARD_SEAT, "A Board seat on the PEC", details),
				"post.kind.boardOnly");
		Post held = this.posts.postsOf(pec.getId())
			.stream()
			.filter((p) -> p.getKind() == PostKind.LOCAL_AUTHORITY_MEMBER)
			.findFirst()
			.orElseThrow();
		assertProblem(() -> this.posts.update(held.getId(), held.getVersion(), PostKind.CLINICAL_MEMBER, held.getTitle(),
				details), "post.kind.held");
	}

	@Test
	void aPostWhoseHolderLeavesNextMonthIsStillHeldAndCannotBeRetired() {
		Post post = newPost("Clinical member (leaving)");
		LocalDate today = LocalDate.now();
		Appointment held = appoint(post, this.ids.person("mark.evans@northshire.example"), today.minusMonths(3),
				today.plusYears(2));
		this.appointments.end(held.getId(), held.getVersion(), today.plusMonths(1), EndReason.RESIGNED, true);

		assertProblem(() -> this.posts.retire(post.getId(), this.posts.get(post.getId()).getVersion()),
				"post.retire.held");
	}

	@Test
	void onlyAPostNobodyHoldsCanBeRetiredAndThenNoVacancyOpens() {
		Post held = this.posts.postsOf(this.committees.pec().getId())
			.stream()
			.filter((p) -> p.getKind() == PostKind.CHIEF_EXECUTIVE)
			.findFirst()
			.orElseThrow();
		assertProblem(() -> this.posts.retire(held.getId(), held.getVersion()), "post.retire.held");

		Post unused = newPost("Clinical member (retired post)");
		Post retired = this.posts.retire(unused.getId(), this.posts.get(unused.getId()).getVersion());

		assertThat(retired.isRetired()).isTrue();
		assertProblem(() -> this.vacancies.open(unused.getId(), null), "vacancy.post.retired");
	}

	@Test
	void aCoOptedAppointmentNeedsAPurposeAndAnEnd() {
		Committee pec = this.committees.pec();
		Post post = this.posts.create(pec.getId(), PostKind.CO_OPTED_MEMBER, "Co-opted (rules test)",
				new SpecificationDetails("Advice", null, null, BigDecimal.ONE, null, Map.of()));
		long person = this.ids.person("mark.evans@northshire.example");
		LocalDate start = LocalDate.of(2027, 1, 1);

		assertProblem(() -> this.appointments.appoint(new AppointCommand(post.getId(), person,
				new Term(start, start.plusMonths(6)), false, null, true), null), "appointment.purpose.required");
		assertProblem(() -> this.appointments.appoint(new AppointCommand(post.getId(), person, new Term(start, null),
				false, "Advice", true), null), "term.end.coOpted");
	}

	@Test
	void thePanelHasThreeOrFourMembers() {
		Post post = newPost("Clinical member (panel test)");
		Vacancy vacancy = this.vacancies.open(post.getId(), null);
		Candidate candidate = this.vacancies.addCandidate(vacancy.getId(), this.ids.person("rachel.greene@northshire.example"),
				null);
		this.panel.addPanellist(vacancy.getId(), this.ids.person("julia.bennett@northshire.example"), "CEO");
		this.panel.addPanellist(vacancy.getId(), this.ids.person("catherine.ashworth@northshire.example"), "Chair");

		assertProblem(() -> decide(vacancy, candidate), "vacancy.panel.size");

		this.panel.addPanellist(vacancy.getId(), this.ids.person("fiona.mcleod@northshire.example"), "DPH");
		assertProblem(() -> this.panel.addPanellist(vacancy.getId(), this.ids.person("julia.bennett@northshire.example"),
				"Again"), "vacancy.panel.duplicate");
		assertProblem(() -> this.panel.addPanellist(vacancy.getId(), this.ids.person("rachel.greene@northshire.example"),
				"Herself"), "vacancy.panel.candidate");
		this.panel.addPanellist(vacancy.getId(), this.ids.person("david.osei@northshire.example"), "DoF");
		assertProblem(() -> this.panel.addPanellist(vacancy.getId(), this.ids.person("peter.johnson@northshire.example"),
				"Council"), "vacancy.panel.full");
		assertThat(count("panel_member where vacancy_id = " + vacancy.getId())).isEqualTo(4);
	}

	@Test
	void aRetiredCompetencyCannotBeAddedToAPost() {
		Competency retired = this.competencies.add(org.pecgov.competency.CompetencyFamily.MANAGEMENT, "Retired skill "
				+ System.nanoTime());
		this.competencies.retire(retired.getId(), retired.getVersion());
		Committee pec = this.committees.pec();

		assertProblem(() -> this.posts.create(pec.getId(), PostKind.CLINICAL_MEMBER, "Post with a retired competency",
				new SpecificationDetails("Purpose", null, null, BigDecimal.ONE, null, Map.of(retired.getId(), true))),
				"post.requirement.retired");
		assertThat(count("post where title = 'Post with a retired competency'")).isZero();
	}

	@Test
	void anEditKeepsWhatThePostAskedForWhenSomeoneWasAppointed() {
		Post post = newPost("Clinical member (versions test)");
		Appointment appointment = appoint(post, this.ids.person("rachel.greene@northshire.example"),
				LocalDate.of(2027, 4, 1), LocalDate.of(2029, 3, 31));
		Long firstSpecification = post.getCurrentSpecificationId();

		Post changed = this.posts.update(post.getId(), this.posts.get(post.getId()).getVersion(), post.getKind(),
				post.getTitle(), new SpecificationDetails("A new purpose", null, null, new BigDecimal("1.5"), null,
						Map.of()));

		assertThat(changed.getCurrentSpecificationId()).isNotEqualTo(firstSpecification);
		assertThat(this.appointments.get(appointment.getId()).getSpecificationId()).isEqualTo(firstSpecification);
		assertThat(this.posts.specificationsOf(post.getId())).extracting((s) -> s.getNumber()).containsExactly(2, 1);
	}

	@Test
	void endingAnAppointmentThatBreaksARuleNeedsConfirmation() {
		Long chairAppointment = this.jdbc.queryForObject("""
				select a.id from appointment a join post p on p.id = a.post_id join committee c on c.id = p.committee_id
				where c.organisation_id = ? and c.kind = 'PEC' and p.kind = 'CHAIR'""", Long.class,
				this.ids.organisation("NSH"));
		Appointment chair = this.appointments.get(chairAppointment);

		assertThatThrownBy(() -> this.appointments.end(chair.getId(), chair.getVersion(), LocalDate.of(2026, 11, 1),
				EndReason.RESIGNED, false))
			.isInstanceOf(CompositionWarning.class)
			.satisfies((ex) -> assertThat(((CompositionWarning) ex).getBroken()).isNotEmpty());
		assertThat(this.appointments.get(chairAppointment).isEnded()).isFalse();
	}

	@Test
	void theCompositionTermsAndSkillsPagesUseAFixedNumberOfStatements() {
		Committee pec = this.committees.pec();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.composition.composition(pec.getId());
		this.terms.terms();
		this.skills.skills();

		statistics.clear();
		CompositionView view = this.composition.composition(pec.getId());
		long compositionStatements = statistics.getPrepareStatementCount();
		statistics.clear();
		this.terms.terms();
		long termsStatements = statistics.getPrepareStatementCount();
		statistics.clear();
		this.skills.skills();
		long skillsStatements = statistics.getPrepareStatementCount();

		assertThat(view.rows()).hasSizeGreaterThan(10);
		// with the posts' days a week and today's rates of pay for the PCT's rules
		assertThat(compositionStatements).isLessThanOrEqualTo(10);
		assertThat(termsStatements).isLessThanOrEqualTo(6);
		assertThat(skillsStatements).isLessThanOrEqualTo(9);

		newPost("Clinical member (more posts)");
		newPost("Clinical member (yet more posts)");
		statistics.clear();
		this.composition.composition(pec.getId());
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(compositionStatements);
	}

	private Post newPost(String title) {
		Committee pec = this.committees.pec();
		List<Competency> catalogue = this.competencies.active();
		return this.posts.create(pec.getId(), PostKind.CLINICAL_MEMBER, title + " " + System.nanoTime() % 100000,
				new SpecificationDetails("Purpose", null, null, BigDecimal.ONE, null,
						Map.of(catalogue.get(0).getId(), true, catalogue.get(1).getId(), false)));
	}

	private Appointment appoint(Post post, long person, LocalDate start, LocalDate end) {
		// these stories give some people more than one post of the PEC: with the reason that asks for
		return this.appointments.appoint(new AppointCommand(post.getId(), person, new Term(start, end), false, null,
				true, null, "Appointed to more than one post for the test"), null);
	}

	private Appointment decide(Vacancy vacancy, Candidate candidate) {
		LocalDate start = LocalDate.of(2027, 4, 1);
		return this.vacancies.decide(vacancy.getId(), this.vacancies.get(vacancy.getId()).getVersion(),
				candidate.getId(), "Reasons", new AppointCommand(null, null,
						new Term(start, start.plusYears(3).minusDays(1)), false, null, true));
	}

	private int count(String from) {
		return this.jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

	private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOf(FieldException.class)
			.extracting((ex) -> ((FieldException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
