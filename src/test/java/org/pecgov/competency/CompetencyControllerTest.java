package org.pecgov.competency;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
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
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(CompetencyController.class)
@Import(SecurityConfig.class)
class CompetencyControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CompetencyService competencies;

	@Test
	void listsTheCatalogueByFamilyWithRetiredOnesMarked() {
		Competency retired = competency(2L, "Old skill");
		retired.retire();
		given(this.competencies.catalogue()).willReturn(List.of(competency(1L, "Chairing meetings"), retired));

		assertThat(this.mvc.get().uri("/competencies").with(user(TestUsers.of(Role.SECRETARY)))).hasStatusOk()
			.bodyText()
			.contains("Management and personal")
			.contains("Chairing meetings")
			.contains("Retired")
			.doesNotContain("Add a competency");
	}

	@Test
	void aDuplicateNameIsSaidBesideTheField() {
		given(this.competencies.add(CompetencyFamily.MANAGEMENT, "Chairing meetings"))
			.willThrow(new FieldException("name", "competency.name.duplicate"));

		MvcTestResult result = this.mvc.post()
			.uri("/competencies")
			.param("family", "MANAGEMENT")
			.param("name", "Chairing meetings")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Your PCT already has a competency with this name");
	}

	@Test
	void retiresAndRestoresForAdministratorsOnly() {
		given(this.competencies.retire(1L, 0L)).willReturn(competency(1L, "Chairing meetings"));

		assertThat(this.mvc.post()
			.uri("/competencies/1/retire")
			.param("version", "0")
			.with(user(TestUsers.of(Role.ADMIN)))
			.with(csrf())).hasStatus(302).flash().containsEntry("flashKey", "competency.retired.flash");
		assertThat(this.mvc.post()
			.uri("/competencies/1/retire")
			.param("version", "0")
			.with(user(TestUsers.of(Role.CHAIR)))
			.with(csrf())).hasStatus(403);
	}

	private static Competency competency(long id, String name) {
		Competency competency = new Competency(TestUsers.PCT, CompetencyFamily.MANAGEMENT, name, (int) id);
		ReflectionTestUtils.setField(competency, "id", id);
		return competency;
	}

}
