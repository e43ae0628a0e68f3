package org.pecgov.home;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(HomeController.class)
@Import(SecurityConfig.class)
class HomeControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private HomeNotice.Source notices;

	@ParameterizedTest
	@CsvSource({ "OPERATOR,/operator", "SHA_VIEWER,/sha" })
	void sendsEachRoleToItsStartPage(Role role, String start) {
		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(role)))).hasStatus(302).hasRedirectedUrl(start);
	}

	@ParameterizedTest
	@CsvSource({ "ADMIN", "CHAIR", "SECRETARY" })
	void showsThePctHomePage(Role role) {
		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(role)))).hasStatusOk().bodyText().contains("Test PCT");
	}

	@Test
	void aMemberSeesTheirRemindersAndTheirOwnPages() {
		given(this.notices.forCurrentUser()).willReturn(List.of(new HomeNotice("home.reminder.ROUND_CLOSING",
				new Object[] { 2026, "30 June 2026", 3L }, "/declarations/mine", "home.reminder.act.declarations", true)));

		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.MEMBER)))).hasStatusOk()
			.bodyText()
			.contains("The 2026 round of declarations closes on 30 June 2026, in 3 days.")
			.contains("Action needed")
			.contains("Go to my declarations")
			.contains("My declarations")
			.doesNotContain("Audit trail");
	}

	@Test
	void withNothingToDoTheHomePageSaysSo() {
		given(this.notices.forCurrentUser()).willReturn(List.of());

		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(Role.CHAIR)))).hasStatusOk()
			.bodyText()
			.contains("You have nothing to do at the moment.");
	}

	@Test
	void theAccessibilityStatementIsPublic() {
		assertThat(this.mvc.get().uri("/accessibility")).hasStatusOk().bodyText().contains("WCAG");
	}

	@Test
	void anUnknownPageIsTheNotFoundPage() {
		assertThat(this.mvc.get().uri("/members/abc/def").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(404);
	}

}
