package org.pecgov.remuneration;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.FixedClock;
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

@WebMvcTest(RemunerationController.class)
@Import({ SecurityConfig.class, FixedClock.class })
class RemunerationControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private RemunerationService remuneration;

	@Test
	void aNegativeOrNonNumericSalaryAndARateOf150AreRefusedWithTheFormKept() {
		given(this.remuneration.page()).willReturn(new RemunerationService.RemunerationPage(null, List.of(), List.of()));

		assertThat(this.mvc.post()
			.uri("/remuneration/rates")
			.param("effectiveFrom", "2027-04-01")
			.param("ceoSalary", "-5")
			.param("chairPercent", "150")
			.param("memberPercent", "80")
			.param("backfillPerDay", "0")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Enter a salary above £0")
			.contains("Enter a rate of no more than 100%");
		assertThat(this.mvc.post()
			.uri("/remuneration/rates")
			.param("ceoSalary", "£abc")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())).hasStatusOk()
			.body()
			.asString()
			.contains("Enter the salary as a number of pounds, like 120000")
			.contains("abc\"")
			.contains("Enter the date the rates apply from");
		verify(this.remuneration, never()).addRate(any());
	}

	@Test
	void theChairReadsAndOnlyAnAdministratorChanges() {
		given(this.remuneration.page()).willReturn(new RemunerationService.RemunerationPage(null, List.of(), List.of()));

		assertThat(this.mvc.get().uri("/remuneration").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.doesNotContain("Record new rates");
		assertThat(this.mvc.post().uri("/remuneration/rates").with(user(TestUsers.of(Role.CHAIR))).with(csrf()))
			.hasStatus(403);
		assertThat(this.mvc.get().uri("/remuneration").with(user(TestUsers.of(Role.SECRETARY)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/remuneration").with(user(TestUsers.of(Role.MEMBER)))).hasStatus(403);
	}

}
