package org.pecgov.meeting.published;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.pecgov.config.PecgovProperties;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingDetails;
import org.pecgov.meeting.MeetingType;
import org.pecgov.meeting.calendar.CalendarFeed;
import org.pecgov.organisation.Organisation;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.NotFoundException;
import org.pecgov.support.TestUsers;
import org.pecgov.user.AppUser;
import org.pecgov.user.CalendarTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

// The calendar's controller lives in its own package: it is included by name.
@WebMvcTest(controllers = PublicMeetingController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.pecgov\\.meeting\\.calendar\\.CalendarController"))
@Import({ SecurityConfig.class, PecgovProperties.class })
class PublicAndCalendarControllersTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PublicMeetingService published;

	@MockitoBean
	private CalendarTokens users;

	@MockitoBean
	private CalendarFeed feed;

	@Test
	void thePublicListOfMeetingsNeedsNoLogin() {
		Organisation pct = mock(Organisation.class);
		given(pct.getName()).willReturn("Southvale PCT");
		given(pct.getCode()).willReturn("SVL");
		given(this.published.pct("SVL")).willReturn(pct);
		Meeting meeting = new Meeting(TestUsers.PCT, new MeetingDetails(3L, MeetingType.BUSINESS,
				LocalDate.of(2026, 12, 17), LocalTime.of(14, 0), "Southvale House", null, true));
		ReflectionTestUtils.setField(meeting, "id", 6L);
		given(this.published.meetings(any(), anyInt()))
			.willReturn(new PageImpl<>(List.of(meeting), PageRequest.of(0, 25), 1));
		given(this.published.committeeNames(any())).willReturn(Map.of(3L, "Professional Executive Committee"));

		assertThat(this.mvc.get().uri("/public/SVL/meetings")).hasStatusOk()
			.bodyText()
			.contains("Southvale PCT")
			.contains("Thu 17 Dec 2026, 14:00")
			.contains("Professional Executive Committee");
	}

	@Test
	void anUnknownPctOrUnpublishedMeetingIsNotFound() {
		given(this.published.pct("XXX")).willThrow(new NotFoundException("PCT", "XXX"));

		assertThat(this.mvc.get().uri("/public/XXX/meetings")).hasStatus(404);
		assertThat(this.mvc.get().uri("/public/XXX/meetings/1")).hasStatus(404);
	}

	@Test
	void theFeedIsServedAsACalendarToItsSecretOnly() {
		AppUser user = mock(AppUser.class);
		given(this.users.byCalendarToken("a".repeat(48))).willReturn(Optional.of(user));
		given(this.users.byCalendarToken("b".repeat(48))).willReturn(Optional.empty());
		given(this.feed.icalendar(user)).willReturn("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");

		assertThat(this.mvc.get().uri("/calendar/" + "a".repeat(48) + ".ics")).hasStatusOk()
			.hasContentTypeCompatibleWith("text/calendar")
			.bodyText()
			.startsWith("BEGIN:VCALENDAR");
		assertThat(this.mvc.get().uri("/calendar/" + "b".repeat(48) + ".ics")).hasStatus(404);
	}

	@Test
	void aUserGetsAndRenewsTheirCalendarAddress() {
		given(this.users.calendarToken()).willReturn("c".repeat(48));

		assertThat(this.mvc.get().uri("/account/calendar").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.bodyText()
			.contains("Keep this address to yourself");
		assertThat(this.mvc.get().uri("/account/calendar").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.body()
			.asString()
			.contains("/calendar/" + "c".repeat(48) + ".ics");
		assertThat(this.mvc.post().uri("/account/calendar").with(user(TestUsers.of(Role.MEMBER))).with(csrf()))
			.hasStatus(302)
			.hasRedirectedUrl("/account/calendar");
		assertThat(this.mvc.get().uri("/account/calendar").with(user(TestUsers.of(Role.SHA_VIEWER)))).hasStatus(403);
		assertThat(this.mvc.post().uri("/account/calendar").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
	}

}
