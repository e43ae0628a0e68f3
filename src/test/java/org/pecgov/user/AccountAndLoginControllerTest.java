package org.pecgov.user;

import org.junit.jupiter.api.Test;
import org.pecgov.config.PecgovProperties;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest({ AccountController.class, LoginController.class })
@Import(SecurityConfig.class)
class AccountAndLoginControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private OwnPassword users;

	@MockitoBean
	private PecgovProperties properties;

	@MockitoBean
	private org.pecgov.security.UserSessions sessions;

	@Test
	void theLoginPageSaysItIsADemoOnlyInDemoMode() {
		given(this.properties.isDemoMode()).willReturn(false);
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().doesNotContain("demonstration");

		given(this.properties.isDemoMode()).willReturn(true);
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("demonstration");
	}

	@Test
	void theLoginPageHasTheContractFieldNames() {
		assertThat(this.mvc.get().uri("/login")).bodyText()
			.contains("name=\"username\"")
			.contains("name=\"password\"")
			.contains("name=\"_csrf\"");
	}

	@Test
	void refusesMismatchedPasswordsWithoutSendingAnyBack() {
		MvcTestResult result = change("current-password-1", "plum orchard lantern 42", "plum orchard lantern 43");

		assertThat(result).hasStatusOk().model().extractingBindingResult("passwordForm").hasFieldErrors("confirmPassword");
		assertThat(result).bodyText().contains("The passwords do not match").doesNotContain("plum orchard");
		verify(this.users, never()).changeOwnPassword(anyString(), anyString(), anyString());
	}

	@Test
	void showsAPolicyBreachBesideTheNewPassword() {
		willThrow(new FieldException("newPassword", "password.tooShort")).given(this.users)
			.changeOwnPassword(eq("current-password-1"), eq("short"), anyString());

		MvcTestResult result = change("current-password-1", "short", "short");

		assertThat(result).bodyText().contains("at least 12 characters");
	}

	@Test
	void changesThePasswordAndReturnsHome() {
		MvcTestResult result = change("current-password-1", "plum orchard lantern 42", "plum orchard lantern 42");

		assertThat(result).hasStatus(302).hasRedirectedUrl("/");
		verify(this.users).changeOwnPassword(eq("current-password-1"), eq("plum orchard lantern 42"), anyString());
	}

	@Test
	void needsACsrfToken() {
		assertThat(this.mvc.post()
			.uri("/account/password")
			.param("currentPassword", "x")
			.with(user(TestUsers.of(Role.CHAIR)))).hasStatus(403);
	}

	private MvcTestResult change(String current, String password, String confirm) {
		return this.mvc.post()
			.uri("/account/password")
			.param("currentPassword", current)
			.param("newPassword", password)
			.param("confirmPassword", confirm)
			.with(user(TestUsers.of(Role.CHAIR)))
			.with(csrf())
			.exchange();
	}

}
