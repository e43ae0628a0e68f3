package org.pecgov.renewal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.appointment.AppointCommand;
import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.AppointmentService;
import org.pecgov.appointment.RenewalCondition;
import org.pecgov.appointment.RenewalCondition.Kind;
import org.pecgov.appointment.RenewalCondition.Status;
import org.pecgov.appointment.RenewalReasonRequired;
import org.pecgov.appointment.Term;
import org.pecgov.appointment.renewal.RenewalService;
import org.pecgov.appointment.vacancy.Candidate;
import org.pecgov.appointment.vacancy.InterviewPanel;
import org.pecgov.appointment.vacancy.Vacancy;
import org.pecgov.appointment.vacancy.VacancyService;
import org.pecgov.appraisal.Appraisal;
import org.pecgov.appraisal.AppraisalEditor;
import org.pecgov.appraisal.AppraisalOutcome;
import org.pecgov.appraisal.AppraisalService;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.committee.SpecificationDetails;
import org.pecgov.competency.CompetencyService;
import org.pecgov.interest.round.RoundService;
import org.pecgov.member.PersonBuilder;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reappointment gate on PostgreSQL, for a new clinical member of the demo PEC whose term ends next
 * month: each condition from the records it rests on, and renewing over unmet ones only with a reason.
 * Each test rolls back.
 */
@IntegrationTest
@Transactional
class RenewalGateTest {

	@Autowired
	private AppointmentService appointments;

	@Autowired
	private RenewalService renewals;

	@Autowired
	private AppraisalService appraisals;

	@Autowired
	private AppraisalEditor editor;

	@Autowired
	private PostService posts;

	@Autowired
	private CommitteeService committees;

	@Autowired
	private CompetencyService competencies;

	@Autowired
	private PersonService people;

	@Autowired
	private RoundService rounds;

	@Autowired
	private VacancyService vacancies;

	@Autowired
	private InterviewPanel panel;

	@Autowired
	private SettingsService settings;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private jakarta.persistence.EntityManager entities;

	private final LocalDate today = LocalDate.now();

	private long southvale;

	private long chair;

	private long person;

	private Post post;

	private Appointment term;

	@BeforeEach
	void aMemberWhoseTermEndsNextMonth() {
		DemoIds ids = new DemoIds(this.jdbc);
		this.southvale = ids.organisation("SVL");
		this.chair = ids.person("owen.pritchard@southvale.example");
		SignIn.as(Role.ADMIN, this.southvale, null);
		this.person = this.people
			.create(PersonBuilder.aPerson().named("Gate", "Keeper" + System.nanoTime() % 100000).details())
			.getId();
		this.post = this.posts.create(this.committees.pec().getId(), PostKind.CLINICAL_MEMBER,
				"Clinical member (gate " + System.nanoTime() % 100000 + ")",
				new SpecificationDetails("Purpose", null, null, BigDecimal.ONE, null,
						Map.of(this.competencies.active().get(0).getId(), true)));
		LocalDate start = this.today.minusYears(3);
		this.term = this.appointments.recordExisting(new AppointCommand(this.post.getId(), this.person,
				new Term(start, this.today.plusMonths(1)), false, null, true));
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void withNothingOnRecordTheAppraisalAndDeclarationAreNotMet() {
		assertThat(this.appointments.renewalConditions(this.term)).extracting(RenewalCondition::kind,
				RenewalCondition::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.APPRAISAL, Status.NOT_MET),
					org.assertj.core.groups.Tuple.tuple(Kind.ATTENDANCE, Status.NOT_APPLICABLE),
					org.assertj.core.groups.Tuple.tuple(Kind.DECLARATION, Status.NOT_MET),
					org.assertj.core.groups.Tuple.tuple(Kind.PRACTISING, Status.MET));
	}

	@Test
	void renewingOverUnmetConditionsNeedsAReasonWhichIsKept() {
		int before = count();

		assertThatThrownBy(() -> renew(null)).isInstanceOf(RenewalReasonRequired.class)
			.satisfies((ex) -> assertThat(RenewalCondition.unmet(((RenewalReasonRequired) ex).getConditions()))
				.containsExactly(Kind.APPRAISAL, Kind.DECLARATION));
		assertThatThrownBy(() -> renew("   ")).isInstanceOf(RenewalReasonRequired.class);
		assertThat(count()).isEqualTo(before);

		Appointment renewal = renew("Appraisal booked for 3 December; declaration sent by post");

		assertThat(renewal.getRenewsId()).isEqualTo(this.term.getId());
		assertThat(renewal.getTermStart()).isEqualTo(this.term.getTermEnd().plusDays(1));
		assertThat(renewal.getRenewalUnmet()).containsExactly(Kind.APPRAISAL, Kind.DECLARATION);
		assertThat(renewal.getRenewalReason()).isEqualTo("Appraisal booked for 3 December; declaration sent by post");
		assertThat(this.renewals.renewalOf(this.term)).contains(renewal);
		assertThat(this.renewals.renewable(this.term)).isFalse();
		assertThatThrownBy(() -> renew("Again")).isInstanceOf(FieldException.class)
			.extracting((ex) -> ((FieldException) ex).getMessageKey())
			.isEqualTo("renewal.notRenewable");
	}

	@Test
	void withASatisfactoryAppraisalAGoodAttendanceAndAReturnNoReasonIsNeeded() {
		signedAppraisal(AppraisalOutcome.SATISFACTORY);
		this.jdbc.update("""
				insert into round_return (organisation_id, person_id, round_year, kind, made_on, recorded_by)
				values (?, ?, ?, 'NIL', ?, 'test')""", this.southvale, this.person,
				this.rounds.current().year(), this.today);
		meetings("PRESENT", "PRESENT", "PRESENT", "APOLOGIES");

		List<RenewalCondition> conditions = this.appointments.renewalConditions(this.term);

		assertThat(conditions).extracting(RenewalCondition::status)
			.containsExactly(Status.MET, Status.MET, Status.MET, Status.MET);
		assertThat(conditions.get(1).args()).containsExactly(3, 4, 75, 75);
		Appointment renewal = renew(null);
		assertThat(renewal.getRenewalUnmet()).isEmpty();
		assertThat(renewal.getRenewalReason()).isNull();
	}

	@Test
	void attendanceBelowThePctsThresholdIsNotMetUntilThePctLowersIt() {
		meetings("PRESENT", "PRESENT", "ABSENT");

		assertThat(this.appointments.renewalConditions(this.term).get(1).status()).isEqualTo(Status.NOT_MET);
		PctSettings rules = this.settings.current();
		PctSettings lower = PctSettings.defaultsFor(this.southvale);
		lower.apply(rules);
		lower.setAttendanceThreshold(60);
		this.settings.update(rules.getVersion(), lower);
		assertThat(this.appointments.renewalConditions(this.term).get(1).status()).isEqualTo(Status.MET);
	}

	@Test
	void anUnsatisfactoryAppraisalIsNotMet() {
		signedAppraisal(AppraisalOutcome.UNSATISFACTORY);

		assertThat(this.appointments.renewalConditions(this.term).get(0)).satisfies((c) -> {
			assertThat(c.status()).isEqualTo(Status.NOT_MET);
			assertThat(c.detailKey()).isEqualTo("renewal.appraisal.UNSATISFACTORY");
		});
	}

	@Test
	void appointingAFormerHolderAgainDirectlyPassesTheGateToo() {
		LocalDate start = this.term.getTermEnd().plusDays(1);
		AppointCommand again = new AppointCommand(this.post.getId(), this.person,
				new Term(start, start.plusYears(3).minusDays(1)), false, null, true);

		assertThat(this.renewals.conditionsFor(this.post.getId(), this.person, start)).hasSize(4);
		assertThat(this.renewals.conditionsFor(this.post.getId(), this.person, start.plusYears(2))).isEmpty();
		assertThatThrownBy(() -> this.appointments.appoint(again, null)).isInstanceOf(RenewalReasonRequired.class);
		Appointment renewal = this.appointments.appoint(new AppointCommand(this.post.getId(), this.person,
				again.term(), false, null, true, "Reappointed by the Board on 1 November"), null);
		assertThat(renewal.getRenewsId()).isEqualTo(this.term.getId());
	}

	@Test
	void choosingTheFormerHolderAtInterviewPassesTheGateToo() {
		DemoIds ids = new DemoIds(this.jdbc);
		Vacancy vacancy = this.vacancies.open(this.post.getId(), null);
		Candidate candidate = this.vacancies.addCandidate(vacancy.getId(), this.person, null);
		for (String panellist : List.of("owen.pritchard", "nadia.rahman", "james.whitaker")) {
			this.panel.addPanellist(vacancy.getId(), ids.person(panellist + "@southvale.example"), "Panel");
		}
		LocalDate start = this.term.getTermEnd().plusDays(1);
		Term next = new Term(start, start.plusYears(3).minusDays(1));

		assertThatThrownBy(() -> this.vacancies.decide(vacancy.getId(), this.vacancies.get(vacancy.getId()).getVersion(),
				candidate.getId(), "Best at interview", new AppointCommand(null, null, next, false, null, true)))
			.isInstanceOf(RenewalReasonRequired.class);
		Appointment renewal = this.vacancies.decide(vacancy.getId(), this.vacancies.get(vacancy.getId()).getVersion(),
				candidate.getId(), "Best at interview",
				new AppointCommand(null, null, next, false, null, true, "Appraisal booked"));
		assertThat(renewal.getRenewalReason()).isEqualTo("Appraisal booked");
		assertThat(renewal.getVacancyId()).isEqualTo(vacancy.getId());
	}

	@Test
	void aRenewalStartsAfterTheTermItRenews() {
		LocalDate before = this.term.getTermStart().minusYears(3);

		assertThatThrownBy(() -> this.renewals.renew(this.term.getId(), new Term(before, before.plusYears(2)), false,
				"Reason", true))
			.isInstanceOf(FieldException.class)
			.extracting((ex) -> ((FieldException) ex).getMessageKey())
			.isEqualTo("renewal.start.afterTerm");
	}

	@Test
	void aSatisfactoryAppraisalMoreThanTwelveMonthsOldIsNotMet() {
		signedAppraisal(AppraisalOutcome.SATISFACTORY);
		this.jdbc.update("update appraisal set period_from = period_from - interval '2 years', "
				+ "period_to = period_to - interval '2 years' where person_id = ?", this.person);
		this.entities.clear();

		assertThat(this.appointments.renewalConditions(this.term).get(0).detailKey())
			.isEqualTo("renewal.appraisal.overdue");
	}

	@Test
	void theAppraisalOutcomeIsHiddenFromThoseWhoMayNotReadTheAppraisal() {
		signedAppraisal(AppraisalOutcome.UNSATISFACTORY);

		SignIn.as(Role.CHAIR, this.southvale, new DemoIds(this.jdbc).person("nadia.rahman@southvale.example"));
		RenewalCondition hidden = this.appointments.renewalConditions(this.term).get(0);
		assertThat(hidden.status()).isEqualTo(Status.HIDDEN);
		assertThat(hidden.args()).isEmpty();
		assertThat(hidden.isUnmet()).isTrue();
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		assertThat(this.appointments.renewalConditions(this.term).get(0).detailKey())
			.isEqualTo("renewal.appraisal.UNSATISFACTORY");
	}

	@Test
	void whileANewRoundIsOpenTheReturnOfTheRoundBeforeStillCounts() {
		LocalDate opened = this.today.minusDays(1);
		PctSettings rules = this.settings.current();
		PctSettings values = PctSettings.defaultsFor(this.southvale);
		values.apply(rules);
		values.setRound(java.time.MonthDay.from(opened), java.time.MonthDay.from(this.today.plusDays(30)));
		this.settings.update(rules.getVersion(), values);
		int year = this.rounds.current().year();
		this.jdbc.update("""
				insert into round_return (organisation_id, person_id, round_year, kind, made_on, recorded_by)
				values (?, ?, ?, 'NIL', ?, 'test')""", this.southvale, this.person, year - 1, opened.minusMonths(6));

		RenewalCondition declaration = this.appointments.renewalConditions(this.term).get(2);

		assertThat(declaration.status()).isEqualTo(Status.MET);
		assertThat(declaration.args()).containsExactly(Integer.toString(year - 1));
	}

	@Test
	void anotherPctsAdministratorCannotRenewTheTerm() {
		SignIn.as(Role.ADMIN, new DemoIds(this.jdbc).organisation("NSH"), null);

		assertThatThrownBy(() -> renew("Reason")).isInstanceOf(NotFoundException.class);
	}

	private Appointment renew(String reason) {
		LocalDate start = this.term.getTermEnd().plusDays(1);
		return this.renewals.renew(this.term.getId(), new Term(start, start.plusYears(3).minusDays(1)), false, reason,
				true);
	}

	private void signedAppraisal(AppraisalOutcome outcome) {
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		Appraisal appraisal = this.appraisals.open(this.person, this.today.minusYears(1), this.today.minusDays(1));
		Map<Long, Integer> ratings = new HashMap<>();
		this.appraisals.get(appraisal.getId()).required().forEach((r) -> ratings.put(r.getCompetencyId(), 3));
		this.editor.assess(appraisal.getId(), version(appraisal), ratings, "The year", outcome);
		SignIn.as(Role.MEMBER, this.southvale, this.person);
		this.editor.sign(appraisal.getId(), version(appraisal));
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		this.editor.sign(appraisal.getId(), version(appraisal));
		SignIn.as(Role.ADMIN, this.southvale, null);
	}

	private long version(Appraisal appraisal) {
		return this.jdbc.queryForObject("select version from appraisal where id = ?", Long.class, appraisal.getId());
	}

	/** Held meetings of the PEC in the term, the member's attendance at each, latest last. */
	private void meetings(String... statuses) {
		long pec = this.committees.pec().getId();
		for (int i = 0; i < statuses.length; i++) {
			Long meeting = this.jdbc.queryForObject("""
					insert into meeting (organisation_id, committee_id, type, meeting_date, start_time, place, status)
					values (?, ?, 'BUSINESS', ?, '14:00', 'Board room', 'HELD') returning id""", Long.class,
					this.southvale, pec, this.today.minusMonths(statuses.length - i));
			this.jdbc.update("insert into attendance (organisation_id, meeting_id, person_id, status) values (?, ?, ?, ?)",
					this.southvale, meeting, this.person, statuses[i]);
		}
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from appointment where person_id = ?", Integer.class,
				this.person);
	}

}
