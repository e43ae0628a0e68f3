package org.pecgov.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(HomeController.class)
@Import(SecurityConfig.class)
class HomeControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@CsvSource({ "OPERATOR,/operator", "SHA_VIEWER,/sha", "MEMBER,/members/100" })
	void sendsEachRoleToItsStartPage(Role role, String start) {
		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(role)))).hasStatus(302).hasRedirectedUrl(start);
	}

	@ParameterizedTest
	@CsvSource({ "ADMIN", "CHAIR", "SECRETARY" })
	void showsThePctHomePage(Role role) {
		assertThat(this.mvc.get().uri("/").with(user(TestUsers.of(role)))).hasStatusOk().bodyText().contains("Test PCT");
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
