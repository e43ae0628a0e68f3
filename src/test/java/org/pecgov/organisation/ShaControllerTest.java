package org.pecgov.organisation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(ShaController.class)
@Import(SecurityConfig.class)
class ShaControllerTest {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private OrganisationService organisations;

	@Test
	void showsTheViewersShaAndItsPcts() {
		Organisation sha = Organisation.sha("NMSHA", "North Midlands SHA", Instant.now());
		ReflectionTestUtils.setField(sha, "id", TestUsers.SHA);
		given(this.organisations.get(TestUsers.SHA)).willReturn(sha);
		given(this.organisations.pctsOf(TestUsers.SHA))
			.willReturn(List.of(Organisation.pct("NSH", "Northshire PCT", sha, Instant.now())));

		assertThat(this.mvc.get().uri("/sha").with(user(TestUsers.of(Role.SHA_VIEWER)))).hasStatusOk()
			.bodyText()
			.contains("North Midlands SHA")
			.contains("Northshire PCT");
	}

	@Test
	void isForShaViewersOnly() {
		assertThat(this.mvc.get().uri("/sha").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(403);
	}

}
