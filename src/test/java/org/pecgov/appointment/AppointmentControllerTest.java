package org.pecgov.appointment;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.appointment.renewal.RenewalService;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.CompositionRules;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.member.PersonService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.support.FixedClock;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(AppointmentController.class)
@Import({ SecurityConfig.class, FixedClock.class })
class AppointmentControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AppointmentService appointments;

	@MockitoBean
	private RenewalService renewals;

	@MockitoBean
	private PostService posts;

	@MockitoBean
	private PersonService people;

	@MockitoBean
	private CommitteeService committees;

	@BeforeEach
	void aPost() {
		Post post = new Post(TestUsers.PCT, 1L, PostKind.CLINICAL_MEMBER, "Clinical member (urgent care)");
		ReflectionTestUtils.setField(post, "id", 2L);
		given(this.posts.get(2L)).willReturn(post);
	}

	@Test
	void saysWhenTheTermBreaksThePctsRulesAndKeepsTheInput() {
		given(this.appointments.appoint(any(), isNull())).willThrow(new FieldException("termEnd", "term.end.tooLong"));

		MvcTestResult result = appoint("2027-01-01", "2032-01-01");

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("The term is longer than your PCT allows")
			.contains("name=\"termEnd-year\" value=\"2032\"");
	}

	@Test
	void saysTheTermsProblemTogetherWithTheFormsOwn() {
		given(this.appointments.problemsOf(any(), any(), any(), any(), any()))
			.willReturn(java.util.List.of(new FieldException.Problem("termEnd", "term.end.tooLong")));

		MvcTestResult result = this.mvc.post()
			.uri("/appointments")
			.param("postId", "2")
			.param("termStart", "2027-01-01")
			.param("termEnd", "2032-01-01")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().model().extractingBindingResult("termForm").hasFieldErrors("personId", "termEnd");
		verify(this.appointments, never()).appoint(any(), any());
	}

	@Test
	void refusesImplausibleDatesWithoutAskingTheService() {
		MvcTestResult result = appoint("0001-01-01", "9999-12-31");

		assertThat(result).hasStatusOk().bodyText().contains("Enter dates between 1990 and 2100");
		verify(this.appointments, never()).appoint(any(), any());
	}

	@Test
	void showsTheBrokenRulesAndAsksForConfirmation() {
		given(this.appointments.appoint(any(), isNull())).willThrow(new CompositionWarning(
				List.of(new CompositionRules.Result(CompositionRules.Rule.CLINICAL_MAJORITY, false, 4, 9))));

		MvcTestResult result = appoint("2027-01-01", "2029-12-31");

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("4 of 9 members are clinical: not a majority")
			.contains("name=\"confirmed\"");
	}

	@Test
	void appointingAFormerHolderAgainShowsTheGateAndAsksForAReason() {
		given(this.appointments.appoint(any(), isNull())).willThrow(new RenewalReasonRequired(List.of(
				new RenewalCondition(RenewalCondition.Kind.APPRAISAL, RenewalCondition.Status.NOT_MET,
						"renewal.appraisal.none", List.of()))));

		assertThat(appoint("2027-01-01", "2029-12-31")).hasStatusOk()
			.bodyText()
			.contains("Reappointment gate")
			.contains("No signed appraisal")
			.contains("Enter why you are renewing the term although a condition is not met")
			.contains("name=\"renewalReason\"");
	}

	@Test
	void endingAnAppointmentThatBreaksARuleAsksForConfirmation() {
		Appointment appointment = new Appointment(TestUsers.PCT, 2L, 20L, 1L, null,
				new Term(java.time.LocalDate.of(2025, 4, 1), java.time.LocalDate.of(2028, 3, 31)), false, null);
		given(this.appointments.get(7L)).willReturn(appointment);
		given(this.people.byIds(List.of(20L))).willReturn(List.of(org.pecgov.member.PersonBuilder.aPerson().id(20L)
			.in(TestUsers.PCT).named("Ann", "Baker").build()));
		given(this.appointments.end(org.mockito.ArgumentMatchers.eq(7L), org.mockito.ArgumentMatchers.anyLong(), any(),
				any(), org.mockito.ArgumentMatchers.eq(false)))
			.willThrow(new CompositionWarning(
					List.of(new CompositionRules.Result(CompositionRules.Rule.CLINICAL_MAJORITY, false, 4, 9))));

		assertThat(this.mvc.post()
			.uri("/appointments/7/end")
			.param("version", "0")
			.param("endedOn", "2026-12-31")
			.param("reason", "RESIGNED")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("4 of 9 members are clinical: not a majority")
			.contains("name=\"confirmed\"");
	}

	@Test
	void aCompositionWarningOnARenewalKeepsTheGateInView() {
		given(this.appointments.appoint(any(), isNull())).willThrow(new CompositionWarning(
				List.of(new CompositionRules.Result(CompositionRules.Rule.CLINICAL_MAJORITY, false, 4, 9))));
		given(this.renewals.conditionsFor(2L, 20L, java.time.LocalDate.of(2027, 1, 1))).willReturn(List.of(
				new RenewalCondition(RenewalCondition.Kind.APPRAISAL, RenewalCondition.Status.NOT_MET,
						"renewal.appraisal.none", List.of())));

		assertThat(appoint("2027-01-01", "2029-12-31")).hasStatusOk()
			.bodyText()
			.contains("4 of 9 members are clinical: not a majority")
			.contains("No signed appraisal")
			.contains("name=\"renewalReason\"");
	}

	@Test
	void fromAMembersRecordThePostIsChosenFirstAndThePersonComesChosen() {
		given(this.people.activePeople()).willReturn(List.of(org.pecgov.member.PersonBuilder.aPerson().id(20L)
			.in(TestUsers.PCT).named("Ann", "Baker").build()));
		Post post = this.posts.get(2L);
		given(this.posts.allPosts()).willReturn(List.of(post));
		org.pecgov.committee.Committee pec = org.mockito.Mockito.mock(org.pecgov.committee.Committee.class);
		given(pec.getId()).willReturn(1L);
		given(pec.getName()).willReturn("Professional Executive Committee");
		given(this.committees.committees()).willReturn(List.of(pec));

		assertThat(this.mvc.get().uri("/appointments/new").param("person", "20").with(user(TestUsers.of(Role.ADMIN))))
			.hasStatusOk()
			.bodyText()
			.contains("Which post is Ann Baker to be appointed to?")
			.contains("id=\"post-2\"")
			.contains("Professional Executive Committee")
			.doesNotContain("There is a problem");
		assertThat(this.mvc.get()
			.uri("/appointments/new")
			.param("person", "20")
			.param("choose", "post")
			.with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("href=\"#post-2\">Choose the post to appoint them to</a>");
		assertThat(this.mvc.get()
			.uri("/appointments/new")
			.param("person", "20")
			.param("post", "2")
			.with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("Appoint to Clinical member (urgent care)")
			.contains("<option value=\"20\" selected=\"selected\">");
		// someone not on the register (another PCT's, retired, or nonsense) is no one here
		assertThat(this.mvc.get().uri("/appointments/new").param("person", "99").with(user(TestUsers.of(Role.ADMIN))))
			.hasStatus(404);
		assertThat(this.mvc.get()
			.uri("/appointments/new")
			.param("person", "1 or 1=1")
			.param("post", "2")
			.with(user(TestUsers.of(Role.ADMIN)))).hasStatus(404);
		// without a person, the post's own form as before
		assertThat(this.mvc.get().uri("/appointments/new").param("post", "2").with(user(TestUsers.of(Role.ADMIN))))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("selected=\"selected\">Baker");
	}

	@Test
	void onlyAdministratorsAppoint() {
		assertThat(this.mvc.post().uri("/appointments").param("postId", "2").with(user(TestUsers.of(Role.CHAIR)))
			.with(csrf())).hasStatus(403);
	}

	private MvcTestResult appoint(String start, String end) {
		return this.mvc.post()
			.uri("/appointments")
			.param("postId", "2")
			.param("personId", "20")
			.param("termStart", start)
			.param("termEnd", end)
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();
	}

}
