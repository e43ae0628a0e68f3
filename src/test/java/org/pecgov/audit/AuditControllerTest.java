package org.pecgov.audit;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(AuditController.class)
@Import(SecurityConfig.class)
class AuditControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AuditService audit;

	@org.junit.jupiter.api.BeforeEach
	void names() {
		given(this.audit.names(any())).willReturn(AuditNames.of(java.util.List.of(), java.util.List.of()));
	}

	@Test
	void passesTheFiltersToTheService() {
		given(this.audit.list(any(), anyInt())).willReturn(Page.empty());

		assertThat(this.mvc.get()
			.uri("/admin/audit?entityType=Person&actor=admin&action=RETIRE&from=2026-01-01&to=2026-12-31&page=2")
			.with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk();

		verify(this.audit).list(new AuditFilter("Person", "admin", AuditAction.RETIRE, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31)), 1);
	}

	@Test
	void narrowsToThePersonAChangeConcernsWhenTheTrailKnowsThem() {
		given(this.audit.list(any(), anyInt())).willReturn(Page.empty());
		given(this.audit.peopleConcerned()).willReturn(java.util.List.of(java.util.Map.entry(12L, "Kate Lindley")));

		assertThat(this.mvc.get().uri("/admin/audit").param("person", "12").with(user(TestUsers.of(Role.ADMIN))))
			.hasStatusOk()
			.bodyText()
			.contains("Showing only the changes concerning Kate Lindley")
			.contains("<option value=\"12\" selected=\"selected\">Kate Lindley</option>");
		verify(this.audit).list(new AuditFilter(null, null, 12L, null, null, null, null), 0);

		// someone the trail knows nothing about (another PCT's person): still narrowed, to nothing, and said so
		assertThat(this.mvc.get().uri("/admin/audit").param("person", "99").with(user(TestUsers.of(Role.ADMIN))))
			.hasStatusOk()
			.bodyText()
			.contains("the audit trail has none concerning them");
		verify(this.audit).list(new AuditFilter(null, null, 99L, null, null, null, null), 0);
		// nonsense narrows nothing
		assertThat(this.mvc.get().uri("/admin/audit").param("person", "1 or 1=1").with(user(TestUsers.of(Role.ADMIN))))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("Showing only the changes concerning");
		verify(this.audit).list(new AuditFilter(null, null, null, null, null), 0);
	}

	@Test
	void ignoresUnknownFiltersAndSaysWhenADateIsNotReal() {
		given(this.audit.list(any(), anyInt())).willReturn(Page.empty());

		MvcTestResult result = this.mvc.get()
			.uri("/admin/audit?entityType=Nope&action=EXPLODE&from=2026-02-31")
			.with(user(TestUsers.of(Role.ADMIN)))
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("There is a problem").contains("Enter a real From date");
		verify(this.audit).list(new AuditFilter(null, null, null, null, null), 0);
	}

	@Test
	void refusesDatesNoTrailCanHoldInsteadOfFailing() {
		given(this.audit.list(any(), anyInt())).willReturn(Page.empty());

		MvcTestResult result = this.mvc.get()
			.uri("/admin/audit?from=-999999999-01-01&to=%2B999999999-12-31")
			.with(user(TestUsers.of(Role.ADMIN)))
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Enter a real From date").contains("Enter a real To date");
		verify(this.audit).list(new AuditFilter(null, null, null, null, null), 0);
	}

	@Test
	void saysWhenToIsBeforeFrom() {
		given(this.audit.list(any(), anyInt())).willReturn(Page.empty());

		MvcTestResult result = this.mvc.get()
			.uri("/admin/audit?from=2026-05-01&to=2026-04-01")
			.with(user(TestUsers.of(Role.ADMIN)))
			.exchange();

		assertThat(result).bodyText().contains("The To date must be the same as or after the From date");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
	void onlyAdministratorsReadTheAuditTrail(Role role) {
		assertThat(this.mvc.get().uri("/admin/audit").with(user(TestUsers.of(role)))).hasStatus(403);
	}

}
