package org.pecgov.appraisal.objective;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.member.Person;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(ObjectiveController.class)
@Import(SecurityConfig.class)
class ObjectiveControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private ObjectiveService objectives;

	@BeforeEach
	void page() {
		Person person = mock(Person.class);
		given(person.getId()).willReturn(100L);
		given(person.getFullName()).willReturn("James Whitaker");
		Objective objective = new Objective(TestUsers.PCT, 100L, "Urgent care", "Fewer avoidable attendances", null,
				LocalDate.of(2027, 3, 31), "chair@test.example");
		ReflectionTestUtils.setField(objective, "id", 5L);
		given(this.objectives.of(100L)).willReturn(
				new ObjectiveService.ObjectivesPage(person, List.of(objective), Map.of(), true, true, true));
		given(this.objectives.dueInRange(any())).willReturn(true);
	}

	@Test
	void showsTheObjectivesWithTheFormsTheUserMayUse() {
		assertThat(this.mvc.get().uri("/members/100/objectives").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("Urgent care")
			.contains("Fewer avoidable attendances")
			.contains("31 March 2027")
			.contains("Record the update")
			.contains("Set an objective");
	}

	@Test
	void anUpdateWithoutTextIsRefusedBesideItsField() {
		assertThat(this.mvc.post()
			.uri("/members/100/objectives/5/updates")
			.param("version", "0")
			.param("status", "AT_RISK")
			.param("note", " ")
			.with(user(TestUsers.of(Role.MEMBER)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.contains("Enter the update")
			.contains("href=\"#note-5\"");
		verify(this.objectives, never()).update(anyLong(), anyLong(), anyLong(), any(), any());
	}

	@Test
	void anObjectiveWithoutItsFieldsOrDueInThePastIsRefused() {
		assertThat(this.mvc.post().uri("/members/100/objectives").with(user(TestUsers.of(Role.CHAIR))).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Enter the lead area")
			.contains("Enter the objective")
			.contains("Enter the date the objective is due");
		given(this.objectives.set(anyLong(), any(), any(), any(), any(), any()))
			.willThrow(new FieldException("dueOn", "objective.due.range"));
		assertThat(this.mvc.post()
			.uri("/members/100/objectives")
			.param("leadArea", "Urgent care")
			.param("objective", "Something")
			.param("dueOn", "2020-01-01")
			.with(user(TestUsers.of(Role.CHAIR)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("The due date must be between today and 3 years from now");
	}

	@Test
	void aDueDateOutOfRangeIsSaidWithTheOtherProblems() {
		given(this.objectives.problemsOf(100L, LocalDate.of(1800, 1, 1)))
			.willReturn(List.of(new FieldException.Problem("dueOn", "objective.due.range")));

		assertThat(this.mvc.post()
			.uri("/members/100/objectives")
			.param("leadArea", "Urgent care")
			.param("dueOn", "1800-01-01")
			.with(user(TestUsers.of(Role.CHAIR)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Enter the objective")
			.contains("The due date must be between today and 3 years from now");
		verify(this.objectives, never()).set(anyLong(), any(), any(), any(), any(), any());
	}

	@Test
	void anotherPctsMemberIsNotFound() {
		given(this.objectives.of(200L)).willThrow(new NotFoundException("Person", 200L));

		assertThat(this.mvc.get().uri("/members/200/objectives").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(404);
		assertThat(this.mvc.get().uri("/members/100/objectives").with(user(TestUsers.of(Role.SHA_VIEWER))))
			.hasStatus(403);
	}

}
