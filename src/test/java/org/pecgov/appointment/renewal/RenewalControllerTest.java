package org.pecgov.appointment.renewal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.AppointmentService;
import org.pecgov.appointment.RenewalCondition;
import org.pecgov.appointment.RenewalCondition.Kind;
import org.pecgov.appointment.RenewalCondition.Status;
import org.pecgov.appointment.RenewalReasonRequired;
import org.pecgov.appointment.Term;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.member.PersonBuilder;
import org.pecgov.member.PersonService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.NotFoundException;
import org.pecgov.support.FixedClock;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(RenewalController.class)
@Import({ SecurityConfig.class, FixedClock.class })
class RenewalControllerTest {

	private static final List<RenewalCondition> GATE = List.of(
			new RenewalCondition(Kind.APPRAISAL, Status.NOT_MET, "renewal.appraisal.UNSATISFACTORY",
					List.of("31 March 2026")),
			new RenewalCondition(Kind.ATTENDANCE, Status.MET, "renewal.attendance.rate", List.of(9, 12, 75, 75)),
			new RenewalCondition(Kind.DECLARATION, Status.MET, "renewal.declaration.current", List.of("2026")),
			new RenewalCondition(Kind.PRACTISING, Status.NOT_APPLICABLE, "renewal.practising.notClinical", List.of()));

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

	private Appointment term;

	@BeforeEach
	void aTermEndingSoon() {
		Post post = new Post(TestUsers.PCT, 1L, PostKind.LOCAL_AUTHORITY_MEMBER, "Local authority member");
		ReflectionTestUtils.setField(post, "id", 2L);
		this.term = new Appointment(TestUsers.PCT, 2L, 20L, 1L, null,
				new Term(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31)), true, null);
		ReflectionTestUtils.setField(this.term, "id", 7L);
		given(this.posts.get(2L)).willReturn(post);
		given(this.appointments.get(7L)).willReturn(this.term);
		given(this.appointments.get(8L)).willThrow(new NotFoundException("Appointment", 8L));
		given(this.people.byIds(List.of(20L))).willReturn(List.of(PersonBuilder.aPerson().id(20L).in(TestUsers.PCT)
			.named("Ann", "Baker").build()));
		given(this.appointments.renewalConditions(this.term)).willReturn(GATE);
		given(this.renewals.standing(this.term)).willReturn(new RenewalService.Standing(null, true, null));
	}

	@Test
	void showsEachConditionAndOffersTheNextTermOfTheSameLength() {
		assertThat(this.mvc.get().uri("/appointments/7/renew").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("Renew the term of Ann Baker as Local authority member")
			.contains("Unsatisfactory, in the appraisal of the year to 31 March 2026")
			.contains("Attended 9 of 12 meetings of the committee in this term (75%)")
			.contains("Not a clinical post")
			.contains("1 condition is not met")
			.contains("name=\"termStart-year\" value=\"2027\"")
			.contains("name=\"termEnd-year\" value=\"2030\"")
			.contains("name=\"renewalReason\"");
	}

	@Test
	void withoutAReasonSaysSoAndKeepsTheInput() {
		given(this.renewals.renew(eq(7L), any(), anyBoolean(), any(), anyBoolean()))
			.willThrow(new RenewalReasonRequired(GATE));

		assertThat(this.mvc.post()
			.uri("/appointments/7/renew")
			.param("termStart", "2027-04-01")
			.param("termEnd", "2029-03-31")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("Enter why you are renewing the term although a condition is not met")
			.contains("name=\"termEnd-year\" value=\"2029\"");
	}

	@Test
	void saysEveryProblemAtOnce() {
		assertThat(this.mvc.post()
			.uri("/appointments/7/renew")
			.param("termEnd", "2029-03-31")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Enter why you are renewing the term although a condition is not met")
			.contains("href=\"#termStart\"")
			.contains("href=\"#renewalReason\"");
		verify(this.renewals, never()).renew(anyLong(), any(), anyBoolean(), any(), anyBoolean());
	}

	@Test
	void refusesATooLongReasonWithoutAskingTheService() {
		assertThat(this.mvc.post()
			.uri("/appointments/7/renew")
			.param("termStart", "2027-04-01")
			.param("termEnd", "2029-03-31")
			.param("renewalReason", "x".repeat(2001))
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())).hasStatusOk().bodyText().contains("Reason must be 2,000 characters or fewer");
		verify(this.renewals, never()).renew(anyLong(), any(), anyBoolean(), any(), anyBoolean());
	}

	@Test
	void renewsWithAReasonAndShowsTheNewTerm() {
		Appointment next = new Appointment(TestUsers.PCT, 2L, 20L, 1L, null,
				new Term(LocalDate.of(2027, 4, 1), LocalDate.of(2029, 3, 31)), true, null);
		ReflectionTestUtils.setField(next, "id", 9L);
		given(this.renewals.renew(eq(7L), eq(new Term(LocalDate.of(2027, 4, 1), LocalDate.of(2029, 3, 31))), eq(true),
				eq("Appraisal booked"), eq(false)))
			.willReturn(next);

		assertThat(this.mvc.post()
			.uri("/appointments/7/renew")
			.param("termStart", "2027-04-01")
			.param("termEnd", "2029-03-31")
			.param("boardSeat", "true")
			.param("renewalReason", "Appraisal booked")
			.param("personId", "99")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())).hasStatus(302).hasRedirectedUrl("/appointments/9");
	}

	@Test
	void saysWhyATermCannotBeRenewedInsteadOfTheForm() {
		given(this.renewals.standing(this.term)).willReturn(new RenewalService.Standing(null, false, "renewal.lapsed"));

		assertThat(this.mvc.get().uri("/appointments/7/renew").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("This term ended more than 12 months ago")
			.contains("Unsatisfactory, in the appraisal of the year to 31 March 2026")
			.doesNotContain("name=\"termStart\"");
	}

	@Test
	void onlyAdministratorsRenewAndOnlyTheirPctsTerms() {
		assertThat(this.mvc.get().uri("/appointments/7/renew").with(user(TestUsers.of(Role.CHAIR)))).hasStatus(403);
		assertThat(this.mvc.post().uri("/appointments/7/renew").param("termStart", "2027-04-01")
			.with(user(TestUsers.of(Role.SECRETARY))).with(csrf())).hasStatus(403);
		assertThat(this.mvc.post().uri("/appointments/7/renew").param("termStart", "2027-04-01")
			.with(user(TestUsers.of(Role.ADMIN)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/appointments/8/renew").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(404);
	}

}
