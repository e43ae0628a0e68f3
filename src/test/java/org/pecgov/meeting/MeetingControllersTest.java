package org.pecgov.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeDetails;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.PecFunction;
import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaService;
import org.pecgov.meeting.agenda.ItemDetails;
import org.pecgov.meeting.agenda.ItemPurpose;
import org.pecgov.meeting.attendance.AttendanceService;
import org.pecgov.meeting.minutes.MeetingAction;
import org.pecgov.meeting.minutes.MinutesPage;
import org.pecgov.meeting.minutes.MinutesService;
import org.pecgov.meeting.screening.ConflictService;
import org.pecgov.meeting.screening.PlanChoice;
import org.pecgov.meeting.screening.Screening;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.meeting.screening.Statement;
import org.pecgov.member.PersonService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.support.FixedClock;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

// The controllers of a meeting's pages, which live in the meeting's feature packages.
@WebMvcTest(controllers = MeetingController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.pecgov\\.meeting\\.(agenda|screening|attendance|minutes)\\.\\w+Controller"))
@Import({ SecurityConfig.class, FixedClock.class })
class MeetingControllersTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private MeetingService meetings;

	@MockitoBean
	private ScreeningService screening;

	@MockitoBean
	private AgendaService agenda;

	@MockitoBean
	private ConflictService conflicts;

	@MockitoBean
	private AttendanceService attendance;

	@MockitoBean
	private MinutesService minutes;

	@MockitoBean
	private DirectoryService directory;

	@MockitoBean
	private PersonService people;

	@MockitoBean
	private org.pecgov.meeting.minutes.RecommendationService recommendations;

	@MockitoBean
	private org.pecgov.meeting.minutes.BoardRecommendations board;

	@MockitoBean
	private org.pecgov.meeting.minutes.MinutesReview review;

	@MockitoBean
	private org.pecgov.meeting.minutes.RecommendationPages recommendationPages;

	@MockitoBean
	private org.pecgov.meeting.agenda.ProposalService proposals;

	private MeetingPage page;

	@BeforeEach
	void meeting() {
		Committee pec = new Committee(TestUsers.PCT, CommitteeKind.PEC,
				new CommitteeDetails("Professional Executive Committee", null, 5, 3, true));
		ReflectionTestUtils.setField(pec, "id", 3L);
		Meeting meeting = new Meeting(TestUsers.PCT, new MeetingDetails(3L, MeetingType.BUSINESS,
				LocalDate.of(2026, 12, 17), LocalTime.of(10, 0), "Southvale House", null, true));
		ReflectionTestUtils.setField(meeting, "id", 2L);
		AgendaItem item = new AgendaItem(TestUsers.PCT, 2L, 1,
				new ItemDetails("Community services contract", ItemPurpose.DECISION, null, true, Set.of(14L)));
		ReflectionTestUtils.setField(item, "id", 7L);
		Screening.Expected chair = new Screening.Expected(17L, "Owen Pritchard", true, true, true, false);
		Screening.Expected gp = new Screening.Expected(18L, "Nadia Rahman", true, true, false, false);
		Screening.Result result = Screening.screen(new Screening.Rule(2, 1, true), List.of(chair, gp),
				List.of(new Screening.Item(7L, ItemPurpose.DECISION, Set.of(14L))),
				List.of(new Screening.Concern(90L, 18L, 14L, "Shares in a community services provider")), Set.of(17L),
				Map.of());
		this.page = new MeetingPage(meeting, pec, List.of(item), Map.of(), Map.of(14L, "Southvale Community Health Ltd"),
				Map.of(17L, "Owen Pritchard", 18L, "Nadia Rahman"), List.of(17L, 18L), Map.of(), result,
				Map.of("7:18", "Holds shares in the provider"), Map.of());
		given(this.screening.page(2L)).willReturn(this.page);
		given(this.screening.agenda(2L)).willReturn(new ScreeningService.Agenda(this.page, 180, List.of()));
		given(this.meetings.committees()).willReturn(List.of(pec));
		given(this.agenda.item(2L, 7L)).willReturn(item);
	}

	@Test
	void anAgendaAllottedMoreTimeThanThePctsLimitSaysItIsTooLong() {
		AgendaItem strategy = new AgendaItem(TestUsers.PCT, 2L, 1, new ItemDetails("Five-year strategy",
				ItemPurpose.DISCUSSION, null, true, Set.of(), PecFunction.STRATEGY, 150));
		AgendaItem budget = new AgendaItem(TestUsers.PCT, 2L, 2, new ItemDetails("Prescribing budget",
				ItemPurpose.DECISION, null, true, Set.of(), PecFunction.COMMISSIONING, 45));
		ReflectionTestUtils.setField(strategy, "id", 8L);
		ReflectionTestUtils.setField(budget, "id", 9L);
		MeetingPage long2 = new MeetingPage(this.page.meeting(), this.page.committee(), List.of(strategy, budget),
				Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Screening.screen(new Screening.Rule(2, 1, true),
						List.of(), List.of(new Screening.Item(8L, ItemPurpose.DISCUSSION, Set.of()),
								new Screening.Item(9L, ItemPurpose.DECISION, Set.of())),
						List.of(), Set.of(), Map.of()),
				Map.of(), Map.of());
		given(this.screening.agenda(2L)).willReturn(new ScreeningService.Agenda(long2, 180, List.of()));

		assertThat(this.mvc.get().uri("/meetings/2/agenda").with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("This agenda is too long")
			.contains("3 hours 15 minutes, more than your PCT")
			.contains("150 minutes")
			.contains("Vision and strategic direction");
	}

	@Test
	void aTimeAllottedOutsideOneTo600MinutesIsReportedBesideItsFieldWithTheOtherProblems() {
		assertThat(this.mvc.post().uri("/meetings/2/agenda/items").param("title", "").param("minutes", "700")
			.with(user(TestUsers.of(Role.SECRETARY))).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Enter the title of the item")
			.contains("Enter a time from 1 to 600 minutes")
			.contains("value=\"700\"");
		assertThat(this.mvc.post().uri("/meetings/2/agenda/items").param("title", "Budget").param("minutes", "an hour")
			.with(user(TestUsers.of(Role.SECRETARY))).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Enter the time as a whole number of minutes, like 20");
	}

	@Test
	void theListShowsMeetingsWithTheirCommittee() {
		given(this.meetings.list(any(), anyInt()))
			.willReturn(new PageImpl<>(List.of(this.page.meeting()), PageRequest.of(0, 25), 1));
		given(this.meetings.committeeNames()).willReturn(Map.of(3L, "Professional Executive Committee"));

		assertThat(this.mvc.get().uri("/meetings").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.bodyText()
			.contains("Thu 17 Dec 2026, 10:00")
			.contains("Professional Executive Committee")
			.doesNotContain("Plan a meeting");
	}

	@Test
	void aMeetingPlannedInThePastIsRefusedBesideTheDateWithTheFormKept() {
		given(this.meetings.plan(any())).willThrow(new FieldException("date", "meeting.date.past"));

		assertThat(this.mvc.post()
			.uri("/meetings")
			.param("committeeId", "3")
			.param("type", "BUSINESS")
			.param("date", "2020-01-01")
			.param("startTime", "09:30")
			.param("place", "Board room")
			.param("publicMeeting", "true")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.contains("A planned meeting must be in the future")
			.contains("href=\"#date\"")
			.contains("value=\"Board room\"")
			.contains("value=\"09:30\"");
	}

	@Test
	void aMeetingFormWithNothingInItSaysWhatIsMissingAndSavesNothing() {
		assertThat(this.mvc.post().uri("/meetings").with(user(TestUsers.of(Role.SECRETARY))).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Choose the committee that meets")
			.contains("Enter the date of the meeting")
			.contains("Enter the time the meeting starts")
			.contains("Choose whether the meeting is held in public");
		verify(this.meetings, never()).plan(any());
	}

	@Test
	void anItemWithoutAPurposeIsRefused() {
		assertThat(this.mvc.post()
			.uri("/meetings/2/agenda/items")
			.param("title", "Budget")
			.param("publicItem", "true")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Choose whether the item is for decision, for discussion or for information")
			.contains("Budget");
		verify(this.agenda, never()).add(anyLong(), any());
	}

	@Test
	void aPaperOfTheWrongKindIsRefusedBesideTheFileField() {
		given(this.agenda.addPaper(eq(2L), eq(7L), any(), any())).willThrow(new FieldException("file", "paper.type"));

		assertThat(this.mvc.post()
			.uri("/meetings/2/agenda/items/7/papers")
			.multipart()
			.file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", new byte[] { 'M', 'Z', 0 }))
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf()))
			// back to the item's own address (the upload's carries the form's token), the message beside the file
			.hasStatus(302)
			.hasRedirectedUrl("/meetings/2/agenda/items/7/edit")
			.flash()
			.containsEntry("paperError", "paper.type");
		assertThat(this.mvc.get()
			.uri("/meetings/2/agenda/items/7/edit")
			.flashAttr("paperError", "paper.type")
			.with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.body()
			.asString()
			.contains("The file must be a PDF or a Word (DOCX) document")
			.contains("href=\"#file\"");
	}

	@Test
	void aPlanRecordedBySomeoneNotChairingIsRefusedWithAClearMessage() {
		given(this.conflicts.record(eq(2L), eq(7L), eq(18L), eq(PlanChoice.LEAVES), isNull(), isNull()))
			.willThrow(new AccessDeniedException("not chairing"));

		assertThat(this.mvc.post()
			.uri("/meetings/2/conflicts")
			.param("itemId", "7")
			.param("personId", "18")
			.param("plan", "LEAVES")
			.with(user(TestUsers.of(Role.MEMBER, TestUsers.PCT, 18L)))
			.with(csrf())).hasStatus(403)
			.bodyText()
			.contains("Only whoever chairs the item records how its conflicts are handled");
	}

	@Test
	void theChairSeesTheInterestAndTheFormAndAMemberSeesNeitherForSomeoneElse() {
		assertThat(this.mvc.get().uri("/meetings/2/conflicts").with(user(TestUsers.of(Role.CHAIR, TestUsers.PCT, 17L))))
			.hasStatusOk()
			.bodyText()
			.contains("Shares in a community services provider (Southvale Community Health Ltd)")
			.contains("Holds shares in the provider")
			.contains("Save the plan");
		assertThat(this.mvc.get().uri("/meetings/2/conflicts").with(user(TestUsers.of(Role.MEMBER, TestUsers.PCT, 19L))))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Shares in a community services provider")
			.doesNotContain("Holds shares in the provider")
			.contains("A declared interest in what the item concerns.")
			.doesNotContain("Save the plan");
	}

	@Test
	void theAgendaWarnsOfAnItemThatWouldBeInquorate() {
		assertThat(this.mvc.get().uri("/meetings/2/agenda").with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("1. Community services contract")
			.contains("1 person flagged")
			.contains("This item would not be quorate")
			.contains("Refer the item to");
	}

	@Test
	void aMemberWhoReceivesNoPapersForAnItemIsRefusedTheDownload() {
		given(this.agenda.paper(2L, 7L, 5L)).willThrow(new AccessDeniedException("no papers"));

		assertThat(this.mvc.get().uri("/meetings/2/agenda/items/7/papers/5").with(user(TestUsers.of(Role.MEMBER))))
			.hasStatus(403);
	}

	@Test
	void anotherPctsMeetingIsNotFound() {
		given(this.screening.page(99L)).willThrow(new NotFoundException("Meeting", 99L));
		given(this.screening.agenda(99L)).willThrow(new NotFoundException("Meeting", 99L));

		for (String path : List.of("/meetings/99", "/meetings/99/agenda", "/meetings/99/conflicts",
				"/meetings/99/attendance")) {
			assertThat(this.mvc.get().uri(path).with(user(TestUsers.of(Role.SECRETARY)))).hasStatus(404);
		}
	}

	@Test
	void votesAboveThoseEligibleAreRefusedBesideTheVotes() {
		given(this.minutes.minutes(2L)).willReturn(new MinutesPage(this.page, Map.of(), List.of(), Map.of(),
				Statement.of(this.page), null, null, Map.of()));
		given(this.minutes.record(eq(2L), eq(7L), anyLong(), any(), any()))
			.willThrow(new FieldException("votesFor", "decision.votes.tooMany"));

		assertThat(this.mvc.post()
			.uri("/meetings/2/minutes/items/7")
			.param("version", "0")
			.param("outcome", "Approved")
			.param("votesFor", "9")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.contains("The votes add up to more than the members present and eligible to decide")
			.contains("href=\"#votesFor\"")
			.contains("value=\"9\"");
	}

	@Test
	void aNonMemberMarkedAsAMemberPresentIsRefused() {
		given(this.attendance.records(any())).willReturn(Map.of());
		org.mockito.BDDMockito.willThrow(new FieldException("rows[31].status", "attendance.nonMember.present"))
			.given(this.attendance)
			.record(eq(2L), any());

		assertThat(this.mvc.post()
			.uri("/meetings/2/attendance")
			.param("rows[31].status", "PRESENT")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Someone who is not a member of the committee can only be in attendance");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CHAIR", "MEMBER", "SHA_VIEWER" })
	void onlyTheSecretaryOrAdministratorPlansMeetingsAndBuildsAgendas(Role role) {
		assertThat(this.mvc.get().uri("/meetings/new").with(user(TestUsers.of(role)))).hasStatus(403);
		assertThat(this.mvc.post().uri("/meetings").with(user(TestUsers.of(role))).with(csrf())).hasStatus(403);
		assertThat(this.mvc.post().uri("/meetings/2/agenda/items").with(user(TestUsers.of(role))).with(csrf()))
			.hasStatus(403);
		verifyNoInteractions(this.agenda);
	}

	@Test
	void onlyTheChairApprovesMinutes() {
		assertThat(this.mvc.post()
			.uri("/meetings/2/minutes/approve")
			.param("previousId", "1")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatus(403);
		verify(this.review, never()).approve(anyLong(), anyLong());
	}

	@Test
	void actionsAreListedOverdueFirstAndAMemberSeesTheirOwn() {
		MeetingAction action = new MeetingAction(TestUsers.PCT, 2L, 7L, "Write to the provider", 100L,
				LocalDate.of(2026, 11, 1));
		ReflectionTestUtils.setField(action, "id", 4L);
		given(this.minutes.actions(anyBoolean(), anyInt()))
			.willReturn(new MinutesService.ActionsPage(new PageImpl<>(List.of(action), PageRequest.of(0, 25), 1),
					Map.of(2L, this.page.meeting()), Map.of(100L, "James Whitaker"), LocalDate.of(2026, 11, 23), true));

		assertThat(this.mvc.get().uri("/actions").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.bodyText()
			.contains("Your actions from meetings, overdue first.")
			.contains("Write to the provider")
			.contains("Overdue");
	}

	@Test
	void hostileAttendanceKeysAreABadRequestNotAnError() {
		given(this.attendance.records(any())).willReturn(Map.of());

		for (String key : List.of("rows[abc].status", "rows[99999999999999999999].status")) {
			assertThat(this.mvc.post()
				.uri("/meetings/2/attendance")
				.param(key, "PRESENT")
				.with(user(TestUsers.of(Role.SECRETARY)))
				.with(csrf())).as(key).hasStatus(400);
		}
	}

	@Test
	void anActionStatusThatDoesNotExistIsRefusedWithAMessage() {
		given(this.minutes.actions(anyBoolean(), anyInt())).willReturn(new MinutesService.ActionsPage(
				new PageImpl<>(List.of(), PageRequest.of(0, 25), 0), Map.of(), Map.of(), LocalDate.of(2026, 11, 23), false));

		assertThat(this.mvc.post()
			.uri("/actions/4")
			.param("version", "0")
			.param("status", "EXPLODED")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatus(400).bodyText().contains("Choose a status from the list");
		verify(this.minutes, never()).setStatus(anyLong(), anyLong(), any());
	}

}
