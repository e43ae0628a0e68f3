package org.pecgov.appointment.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pecgov.appointment.CompositionWarning;
import org.pecgov.appointment.RenewalCondition;
import org.pecgov.appointment.RenewalReasonRequired;
import org.pecgov.appointment.ballot.Ballot;
import org.pecgov.appointment.ballot.BallotService;
import org.pecgov.appointment.ballot.BallotView;
import org.pecgov.appointment.renewal.RenewalService;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeDetails;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CompositionRules;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostRequirement;
import org.pecgov.committee.PostService;
import org.pecgov.committee.PostSpecification;
import org.pecgov.member.PersonService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.support.FixedClock;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest({ VacancyController.class, PanelController.class, BallotController.class })
@Import({ SecurityConfig.class, FixedClock.class, VacancyPage.class })
class VacancyControllersTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private VacancyService vacancies;

	@MockitoBean
	private VacancyRules rules;

	@MockitoBean
	private InterviewPanel panel;

	@MockitoBean
	private BallotService ballots;

	@MockitoBean
	private PersonService people;

	@MockitoBean
	private RenewalService renewals;

	@MockitoBean
	private PostService posts;

	@MockitoBean
	private org.pecgov.committee.CommitteeService committees;

	private VacancyView view;

	@BeforeEach
	void aVacancy() {
		Committee pec = withId(new Committee(TestUsers.PCT, CommitteeKind.PEC,
				new CommitteeDetails("Professional Executive Committee", null, 5, 3, true)), 1L);
		Post post = withId(new Post(TestUsers.PCT, 1L, PostKind.CLINICAL_MEMBER, "Clinical member (urgent care)"), 2L);
		PostSpecification specification = org.mockito.Mockito.mock(PostSpecification.class);
		given(specification.getRequirements()).willReturn(List.of(new PostRequirement(7L, "Chairing meetings", true)));
		given(specification.getDaysPerWeek()).willReturn(BigDecimal.ONE);
		given(specification.getPurpose()).willReturn("Leads on urgent care");
		Vacancy vacancy = withId(new Vacancy(TestUsers.PCT, 2L, 3L, LocalDate.of(2026, 11, 1), null), 4L);
		Candidate candidate = withId(new Candidate(TestUsers.PCT, 4L, 20L, null), 5L);
		PanelMember panellist = withId(new PanelMember(TestUsers.PCT, 4L, 30L, "Chief executive"), 6L);
		this.view = new VacancyView(vacancy, post, pec, specification,
				List.of(new VacancyView.CandidateLine(candidate, "Rachel Greene", 0, null, 0)),
				List.of(new VacancyView.PanelLine(panellist, "Julia Bennett")), Map.of(), null, 3, 4);
		given(this.vacancies.view(eq(4L), any())).willReturn(this.view);
		given(this.ballots.view(4L)).willReturn(Optional.empty());
		given(this.panel.scorer(4L, 6L)).willReturn(panellist);
		given(this.vacancies.candidate(4L, 5L)).willReturn(candidate);
	}

	@Test
	void showsTheVacancy() {
		assertThat(this.mvc.get().uri("/vacancies/4").with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("Clinical member (urgent care)")
			.contains("Stages of this appointment")
			.contains("href=\"/vacancies/4/candidates\"")
			.contains("Chairing meetings")
			.doesNotContain("Rachel Greene");
		assertThat(this.mvc.get().uri("/vacancies/4/candidates").with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("Rachel Greene")
			.contains("<a class=\"nhsuk-breadcrumb__link\" href=\"/vacancies/4\">Vacancy for")
			.doesNotContain("Chairing meetings");
		assertThat(this.mvc.get().uri("/vacancies/4/nonsense").with(user(TestUsers.of(Role.SECRETARY)))).hasStatus(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "5", "x", "-1" })
	void refusesAScoreOutsideOneToFour(String score) {
		MvcTestResult result = this.mvc.post()
			.uri("/vacancies/4/candidates/5/scores?panellist=6")
			.param("scores[7]", score)
			.param("evidence[7]", "Some evidence")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("vacancies/scores");
		assertThat(result).bodyText().contains("Choose a score from 1 to 4").contains("Some evidence");
		verify(this.panel, never()).score(anyLong(), anyLong(), anyLong(), any());
	}

	@Test
	void savesScoresFrom1To4() {
		MvcTestResult result = this.mvc.post()
			.uri("/vacancies/4/candidates/5/scores?panellist=6")
			.param("scores[7]", "3")
			.param("evidence[7]", "Chaired the locality group well")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(302).hasRedirectedUrl("/vacancies/4/candidates");
		verify(this.panel).score(4L, 5L, 6L, List.of(new ScoreEntry(7L, 3, "Chaired the locality group well")));
	}

	@Test
	void aChairScoresOnlyAsThemselves() {
		given(this.panel.scorer(4L, 6L)).willThrow(new AccessDeniedException("not the panellist"));

		assertThat(this.mvc.get().uri("/vacancies/4/candidates/5/scores?panellist=6").with(user(TestUsers.of(Role.CHAIR))))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/vacancies/4/candidates/5/scores?panellist=6")
			.with(user(TestUsers.of(Role.SECRETARY)))).hasStatus(403);
	}

	@Test
	void aFullPanelIsSaidBesideTheField() {
		given(this.panel.addPanellist(4L, 31L, "Council")).willThrow(new FieldException("personId", "vacancy.panel.full", 4));

		MvcTestResult result = this.mvc.post()
			.uri("/vacancies/4/panel")
			.param("personId", "31")
			.param("panelRole", "Council")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("The panel already has 4 members");
	}

	@Test
	void aClosedVacancyIsSaidNotAServerError() {
		given(this.vacancies.addCandidate(4L, 20L, null)).willThrow(new FieldException("vacancy", "vacancy.closed"));

		MvcTestResult result = this.mvc.post()
			.uri("/vacancies/4/candidates")
			.param("personId", "20")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("This vacancy is no longer open");
	}

	@Test
	void aDecisionThatBreaksARuleAsksForConfirmation() {
		given(this.vacancies.decide(eq(4L), anyLong(), eq(5L), any(), any())).willThrow(new CompositionWarning(List.of(
				new CompositionRules.Result(CompositionRules.Rule.CLINICAL_COUNT, false, 9, 4, 8))));

		MvcTestResult result = this.mvc.post()
			.uri("/vacancies/4/decision")
			.param("version", "0")
			.param("candidateId", "5")
			.param("termStart", "2027-01-01")
			.param("termEnd", "2029-12-31")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("9 clinical members: your PCT needs 4 to 8")
			.contains("name=\"confirmed\"");
	}

	@Test
	void choosingAFormerHolderOverAnUnmetConditionAsksForAReason() {
		given(this.vacancies.decide(eq(4L), anyLong(), eq(5L), any(), any())).willThrow(new RenewalReasonRequired(
				List.of(new RenewalCondition(RenewalCondition.Kind.DECLARATION, RenewalCondition.Status.NOT_MET,
						"renewal.declaration.missing", List.of("2026")))));

		MvcTestResult result = this.mvc.post()
			.uri("/vacancies/4/decision")
			.param("version", "0")
			.param("candidateId", "5")
			.param("termStart", "2027-01-01")
			.param("termEnd", "2029-12-31")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("No return or declaration in the 2026 round")
			.contains("Enter why you are renewing the term although a condition is not met")
			.contains("name=\"renewalReason\"")
			.contains("name=\"termEnd-year\" value=\"2029\"");
	}

	@Test
	void aDecisionNeedsACandidateAndRealDates() {
		MvcTestResult result = this.mvc.post()
			.uri("/vacancies/4/decision")
			.param("version", "0")
			.param("termStart", "2027-02-30")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Choose the candidate to appoint").contains("Enter a real date");
		verify(this.vacancies, never()).decide(anyLong(), anyLong(), any(), any(), any());
	}

	@Test
	void aVoteNeedsAChoiceAndAnEligibleVoter() {
		given(this.ballots.view(4L)).willReturn(Optional.of(new BallotView(withId(new Ballot(TestUsers.PCT, 4L, LocalDate.now()), 8L),
				7, 2, true, false, List.of(), 0, false)));
		given(this.vacancies.get(4L)).willReturn(this.view.vacancy());

		assertThat(this.mvc.post().uri("/vacancies/4/ballot/vote").with(user(TestUsers.of(Role.MEMBER))).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Choose who you recommend");
		willThrow(new FieldException("candidateId", "ballot.notEligible")).given(this.ballots).vote(4L, 5L);
		assertThat(this.mvc.post()
			.uri("/vacancies/4/ballot/vote")
			.param("choice", "5")
			.with(user(TestUsers.of(Role.MEMBER)))
			.with(csrf())).hasStatusOk().bodyText().contains("Only the PEC&#39;s clinical members may vote");
		verify(this.ballots, never()).vote(eq(4L), isNull());
	}

	@Test
	void showsTheCountOnceTheBallotHasClosed() {
		Ballot closed = withId(new Ballot(TestUsers.PCT, 4L, LocalDate.of(2026, 11, 1)), 8L);
		ReflectionTestUtils.setField(closed, "closedOn", LocalDate.of(2026, 11, 20));
		BallotView ballot = new BallotView(closed, 7, 5, false, true,
				List.of(new BallotView.Count(5L, "Rachel Greene", 4)), 1, false);
		given(this.ballots.view(4L)).willReturn(Optional.of(ballot));
		given(this.vacancies.get(4L)).willReturn(this.view.vacancy());
		given(this.vacancies.view(eq(4L), any())).willReturn(new VacancyView(this.view.vacancy(), this.view.post(),
				this.view.committee(), this.view.specification(), this.view.candidates(), this.view.panel(), Map.of(),
				ballot, 3, 4));

		assertThat(this.mvc.get().uri("/vacancies/4/ballot").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.bodyText()
			.contains("Rachel Greene")
			.contains(">4<")
			.contains(">1<")
			.doesNotContain("/ballot/confirm");
	}

	@Test
	void thePctChairConfirmsOnTheBallotPageWhateverTheirRole() {
		Ballot closed = withId(new Ballot(TestUsers.PCT, 4L, LocalDate.of(2026, 11, 1)), 8L);
		ReflectionTestUtils.setField(closed, "closedOn", LocalDate.of(2026, 11, 20));
		BallotView ballot = new BallotView(closed, 7, 5, false, false,
				List.of(new BallotView.Count(5L, "Rachel Greene", 4)), 1, true);
		given(this.ballots.view(4L)).willReturn(Optional.of(ballot));
		given(this.vacancies.view(eq(4L), any())).willReturn(new VacancyView(this.view.vacancy(), this.view.post(),
				this.view.committee(), this.view.specification(), this.view.candidates(), this.view.panel(), Map.of(),
				ballot, 3, 4));

		assertThat(this.mvc.get().uri("/vacancies/4/ballot").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.bodyText()
			.contains("/vacancies/4/ballot/confirm")
			.contains("name=\"termStart-day\"");
	}

	private static <T> T withId(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
