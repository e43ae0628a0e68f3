package org.pecgov.operator;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.user.AppUser;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.user.UserService;
import org.pecgov.shared.FieldException;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(OperatorController.class)
@Import(SecurityConfig.class)
class OperatorControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private OrganisationService organisations;

	@MockitoBean
	private UserService users;

	private final Organisation sha = withId(Organisation.sha("NMSHA", "North Midlands SHA", Instant.now()), 1L);

	private final Organisation pct = withId(Organisation.pct("NSH", "Northshire PCT", this.sha, Instant.now()), 2L);

	@Test
	void listsTheOrganisations() {
		given(this.organisations.all()).willReturn(List.of(this.sha, this.pct));

		assertThat(this.mvc.get().uri("/operator").with(user(TestUsers.of(Role.OPERATOR)))).hasStatusOk()
			.bodyText()
			.contains("North Midlands SHA")
			.contains("Northshire PCT")
			.contains("Add an administrator");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
	void onlyOperatorsMayUseIt(Role role) {
		assertThat(this.mvc.get().uri("/operator").with(user(TestUsers.of(role)))).hasStatus(403);
		assertThat(this.mvc.post().uri("/operator/pcts").with(user(TestUsers.of(role))).with(csrf())).hasStatus(403);
	}

	@Test
	void aPctNeedsAnShaAndAValidCode() {
		MvcTestResult result = this.mvc.post()
			.uri("/operator/pcts")
			.param("code", "N S H!")
			.param("name", "Northshire PCT")
			.with(user(TestUsers.of(Role.OPERATOR)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().model().extractingBindingResult("organisationForm").hasFieldErrors("shaId",
				"code");
		verify(this.organisations, never()).createPct(anyString(), anyString(), anyLong());
	}

	@Test
	void createsAPct() {
		given(this.organisations.createPct("NSH", "Northshire PCT", 1L)).willReturn(this.pct);

		MvcTestResult result = this.mvc.post()
			.uri("/operator/pcts")
			.param("code", "NSH")
			.param("name", "Northshire PCT")
			.param("shaId", "1")
			.with(user(TestUsers.of(Role.OPERATOR)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus(302).hasRedirectedUrl("/operator");
	}

	@Test
	void showsADuplicateCodeBesideTheField() {
		given(this.organisations.createSha(any(), any())).willThrow(new FieldException("code", "organisation.code.duplicate"));

		MvcTestResult result = this.mvc.post()
			.uri("/operator/shas")
			.param("code", "NMSHA")
			.param("name", "Another")
			.with(user(TestUsers.of(Role.OPERATOR)))
			.with(csrf())
			.exchange();

		assertThat(result).bodyText().contains("An organisation with this code already exists");
	}

	@Test
	void createsAPctsFirstAdministratorWithAOneTimePassword() {
		given(this.organisations.get(2L)).willReturn(this.pct);
		AppUser admin = new AppUser("first@northshire.example", "First Admin", Role.ADMIN, 2L, null, "h", true,
				Instant.now());
		given(this.users.createForOrganisation(2L, "first@northshire.example", "First Admin"))
			.willReturn(new UserService.NewUser(admin, "FirstAdminPass23"));

		MvcTestResult result = this.mvc.post()
			.uri("/operator/organisations/2/users")
			.param("email", "first@northshire.example")
			.param("displayName", "First Admin")
			.with(user(TestUsers.of(Role.OPERATOR)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("FirstAdminPass23").contains("PCT administrator");
	}

	private static Organisation withId(Organisation organisation, long id) {
		ReflectionTestUtils.setField(organisation, "id", id);
		return organisation;
	}

}
