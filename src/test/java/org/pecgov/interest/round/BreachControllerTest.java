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

}
