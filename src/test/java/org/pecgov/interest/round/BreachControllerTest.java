package org.pecgov.interest.round;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(BreachController.class)
@Import(SecurityConfig.class)
class BreachControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private BreachService breaches;

	@Test
	void listsBreachesWithTheirStatus() {
		given(this.breaches.list(any(), anyInt())).willReturn(new PageImpl<>(List.of(new BreachService.Line(
				Breach.missedRound(TestUsers.PCT, 5L, 2026, LocalDate.of(2026, 7, 1)), "Kate Lindley")),
				PageRequest.of(0, 25), 1));

		assertThat(this.mvc.get().uri("/interests/breaches").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("Kate Lindley")
			.contains("Missed the 2026 round")
			.doesNotContain("Save review")
			.doesNotContain(">Review<");
	}

	@Test
	void aRefusedReviewKeepsTheStatusChosen() {
		Breach breach = Breach.missedRound(TestUsers.PCT, 5L, 2026, LocalDate.of(2026, 7, 1));
		org.springframework.test.util.ReflectionTestUtils.setField(breach, "id", 4L);
		given(this.breaches.list(any(), anyInt()))
			.willReturn(new PageImpl<>(List.of(new BreachService.Line(breach, "Kate Lindley")), PageRequest.of(0, 25), 1));

		assertThat(this.mvc.post()
			.uri("/interests/breaches/4")
			.param("version", "0")
			.param("status", "CLOSED")
			.param("note", " ")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.containsPattern("value=\"CLOSED\"\\s+selected")
			.doesNotContainPattern("value=\"OPEN\"\\s+selected");
	}

	@Test
	void aRefusedReviewSaysEveryProblemBesideItsFieldOnThePageItCameFrom() {
		Breach breach = Breach.missedRound(TestUsers.PCT, 5L, 2026, LocalDate.of(2026, 7, 1));
		org.springframework.test.util.ReflectionTestUtils.setField(breach, "id", 4L);
		given(this.breaches.list(any(), anyInt()))
			.willReturn(new PageImpl<>(List.of(new BreachService.Line(breach, "Kate Lindley")), PageRequest.of(1, 25), 26));

		assertThat(this.mvc.post()
			.uri("/interests/breaches/4")
			.param("version", "0")
			.param("status", "NONSENSE")
			.param("note", "y".repeat(2001))
			.param("listStatus", "OPEN")
			.param("listPage", "2")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("href=\"#status-4\"")
			.contains("href=\"#note-4\"")
			.contains("id=\"status-4-error\"")
			.contains("id=\"note-4-error\"")
			.contains("nhsuk-textarea--error")
			.contains("y".repeat(2001));
		verify(this.breaches).list(Breach.Status.OPEN, 1);
		verify(this.breaches, never()).review(anyLong(), anyLong(), any(), any());
	}

	@Test
	void aReviewNeedsAStatusAndANote() {
		given(this.breaches.list(any(), anyInt())).willReturn(new PageImpl<>(List.of()));

		assertThat(this.mvc.post()
			.uri("/interests/breaches/4")
			.param("version", "0")
			.param("status", "REVIEWED")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatusOk().bodyText().contains("Enter the reviewer&#39;s note");
		verify(this.breaches, never()).review(anyLong(), anyLong(), any(), any());
		assertThat(this.mvc.post()
			.uri("/interests/breaches/4")
			.param("version", "0")
			.param("status", "REVIEWED")
			.param("note", "Reminded")
			.with(user(TestUsers.of(Role.CHAIR)))
			.with(csrf())).hasStatus(403);
	}

	@Test
	void reviewsSeveralBreachesAtOnceWithTheVersionsRead() {
		given(this.breaches.reviewAll(any(), any(), any())).willReturn(2);

		assertThat(this.mvc.post()
			.uri("/interests/breaches/review")
			.param("ids", "4", "5")
			.param("version-4", "0")
			.param("version-5", "2")
			.param("status", "CLOSED")
			.param("note", " Reminded both of the rules ")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatus(302).hasRedirectedUrl("/interests/breaches");
		verify(this.breaches).reviewAll(java.util.Map.of(4L, 0L, 5L, 2L), Breach.Status.CLOSED, "Reminded both of the rules");
	}

	@Test
	void aLineBreakCountsAsOneCharacterAsTheCharacterCountSaysNotTwo() {
		given(this.breaches.reviewAll(any(), any(), any())).willReturn(1);
		String lines = ("x".repeat(99) + "\r\n").repeat(20); // 2,000 characters as the count counts, 2,020 as sent

		assertThat(this.mvc.post()
			.uri("/interests/breaches/review")
			.param("ids", "4")
			.param("version-4", "0")
			.param("status", "CLOSED")
			.param("note", lines)
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatus(302).hasRedirectedUrl("/interests/breaches");
		verify(this.breaches).reviewAll(java.util.Map.of(4L, 0L), Breach.Status.CLOSED,
				("x".repeat(99) + "\n").repeat(20).strip());
	}

	@Test
	void aReviewOfSeveralSaysEveryProblemAtOnce() {
		given(this.breaches.list(any(), anyInt())).willReturn(new PageImpl<>(List.of(line(4L))));

		assertThat(this.mvc.post()
			.uri("/interests/breaches/review")
			.param("note", "x".repeat(2001))
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("There is a problem")
			.contains("Select at least one breach to review")
			.contains("Choose the breach&#39;s status")
			.contains("The note must be 2,000 characters or fewer")
			.contains("x".repeat(2001))
			// each message beside its field too, named by the field it describes
			.contains("id=\"bulk-ids-error\"")
			.contains("id=\"bulk-status-error\"")
			.contains("id=\"bulk-note-error\"")
			.contains("aria-describedby=\"bulk-note-error bulk-note-info\"");
		verify(this.breaches, never()).reviewAll(any(), any(), any());
	}

	@Test
	void aStaleReviewOfSeveralIs409AndKeepsTheTicks() {
		given(this.breaches.list(any(), anyInt())).willReturn(new PageImpl<>(List.of(line(4L))));
		given(this.breaches.reviewAll(any(), any(), any()))
			.willThrow(new org.pecgov.shared.StaleEditException("Breach", 4L));

		assertThat(this.mvc.post()
			.uri("/interests/breaches/review")
			.param("ids", "4")
			.param("version-4", "0")
			.param("status", "REVIEWED")
			.param("note", "Reminded")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatus(409)
			.bodyText()
			.containsPattern("id=\"select-4\"\\s+checked|checked=\"checked\"[^>]*id=\"select-4\"|name=\"ids\" value=\"4\" id=\"select-4\"\\s+checked")
			.contains("Reminded");
	}

	@Test
	void onlyTheAdministratorAndSecretaryReviewSeveral() {
		for (Role role : new Role[] { Role.CHAIR, Role.MEMBER }) {
			assertThat(this.mvc.post()
				.uri("/interests/breaches/review")
				.param("ids", "4")
				.param("version-4", "0")
				.param("status", "REVIEWED")
				.param("note", "Reminded")
				.with(user(TestUsers.of(role)))
				.with(csrf())).hasStatus(403);
		}
		verify(this.breaches, never()).reviewAll(any(), any(), any());
	}

	private static BreachService.Line line(Long id) {
		Breach breach = Breach.missedRound(TestUsers.PCT, 5L, 2026, LocalDate.of(2026, 7, 1));
		org.springframework.test.util.ReflectionTestUtils.setField(breach, "id", id);
		return new BreachService.Line(breach, "Kate Lindley");
	}

}
