package org.pecgov.user;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pecgov.member.PersonService;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(UserController.class)
@Import(SecurityConfig.class)
class UserControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private UserService users;

	@MockitoBean
	private AccountLinks links;

	@MockitoBean
	private PersonService people;

	@MockitoBean
	private SecondFactors factors;

	private final AppUser secretary = secretary();

	@Test
	void listsThePctsUsers() {
		given(this.users.list(any())).willReturn(new PageImpl<>(List.of(this.secretary)));

		MvcTestResult result = this.mvc.get().uri("/admin/users").with(user(TestUsers.of(Role.ADMIN))).exchange();

		assertThat(result).hasStatusOk().bodyText().contains("sec@test.example").contains("Board secretary");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
	void onlyAdministratorsManageUsers(Role role) {
		assertThat(this.mvc.get().uri("/admin/users").with(user(TestUsers.of(role)))).hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/users").with(user(TestUsers.of(role))).with(csrf())).hasStatus(403);
	}

	@Test
	void showsTheOneTimePasswordOnceWhenAUserIsCreated() {
		given(this.users.create(any())).willReturn(new UserService.NewUser(this.secretary, "OneTimePass2345"));

		MvcTestResult result = this.mvc.post()
			.uri("/admin/users")
			.param("email", "sec@test.example")
			.param("displayName", "Sec")
			.param("role", "SECRETARY")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().hasViewName("admin/users/password");
		assertThat(result).bodyText().contains("OneTimePass2345").contains("not shown again");
	}

	@Test
	void refusesRolesAnAdministratorMayNotGive() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/users")
			.param("email", "op@test.example")
			.param("displayName", "Op")
			.param("role", "OPERATOR")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().model().extractingBindingResult("userForm").hasFieldErrors("role");
		verify(this.users, never()).create(any());
	}

	@Test
	void showsADuplicateEmailBesideTheField() {
		given(this.users.create(any())).willThrow(new FieldException("email", "user.email.duplicate"));

		MvcTestResult result = this.mvc.post()
			.uri("/admin/users")
			.param("email", "sec@test.example")
			.param("displayName", "Sec")
			.param("role", "SECRETARY")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).bodyText().contains("A user with this email address already exists");
	}

	@Test
	void aStaleChangeGets409WithTheFormKept() {
		given(this.users.get(5L)).willReturn(this.secretary);
		given(this.users.update(eq(5L), anyLong(), any())).willThrow(new StaleEditException("AppUser", 5L));

		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/5")
			.param("version", "0")
			.param("displayName", "Renamed Secretary")
			.param("role", "SECRETARY")
			.param("enabled", "true")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(409).bodyText().contains("Renamed Secretary").contains("Someone else changed");
	}

	@Test
	void anotherPctsUserIsNotFound() {
		given(this.users.get(9L)).willThrow(new NotFoundException("User", 9L));

		assertThat(this.mvc.get().uri("/admin/users/9/edit").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(404);
	}

	@Test
	void resetsAPasswordAndShowsItOnce() {
		given(this.users.resetPassword(5L, 2L)).willReturn(new UserService.NewUser(this.secretary, "ResetPass23456"));

		MvcTestResult result = this.mvc.post()
			.uri("/admin/users/5/reset-password")
			.param("version", "2")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("ResetPass23456");
	}

	private static AppUser secretary() {
		AppUser user = new AppUser("sec@test.example", "Sec", Role.SECRETARY, TestUsers.PCT, null, "hash", false,
				Instant.now());
		ReflectionTestUtils.setField(user, "id", 5L);
		return user;
	}

}
