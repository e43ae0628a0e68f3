package org.pecgov.appraisal.training;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(TrainingController.class)
@Import(SecurityConfig.class)
class TrainingControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private TrainingService training;

	@Test
	void negativeOrNonNumericHoursAreRefusedWithTheFormKept() {
		given(this.training.recordable()).willReturn(List.of());
		given(this.training.myPdpItems()).willReturn(List.of());

		assertThat(this.mvc.post()
			.uri("/training")
			.param("personId", "100")
			.param("course", "Leadership")
			.param("attendedOn", "2026-10-01")
			.param("hours", "-5")
			.param("joint", "true")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.contains("Enter at least half an hour")
			.contains("value=\"Leadership\"");
		assertThat(this.mvc.post()
			.uri("/training")
			.param("hours", "£abc")
			.with(user(TestUsers.of(Role.SECRETARY)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Enter the hours as a number, like 3 or 7.5")
			.contains("Choose who attended")
			.contains("Enter the course or event");
		verify(this.training, never()).record(any(), any());
	}

	@Test
	void shaViewersCannotReachTraining() {
		assertThat(this.mvc.get().uri("/training").with(user(TestUsers.of(Role.SHA_VIEWER)))).hasStatus(403);
	}

}
