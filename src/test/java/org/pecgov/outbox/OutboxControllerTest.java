package org.pecgov.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pecgov.security.Role;
import org.pecgov.security.SecurityConfig;
import org.pecgov.support.TestUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(OutboxController.class)
@Import(SecurityConfig.class)
class OutboxControllerTest {

	private static final OutboxMessage WAITING = new OutboxMessage(7L, TestUsers.PCT, 100L, "kate@example.org",
			"ROUND_OPEN", "The 2026 round of declarations is open until 30 June 2026",
			"Dear Kate,\n\nThe annual round <b>opened</b>.", Instant.parse("2026-04-01T06:00:00Z"),
			OutboxMessage.Status.WAITING, 0, null, null);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private Outbox outbox;

	@MockitoBean
	private MailStatus mail;

	@Test
	void anAdministratorReadsTheOutboxAndLearnsThatEmailIsNotSetUp() {
		given(this.outbox.of(eq(TestUsers.PCT), any(), any()))
			.willReturn(new PageImpl<>(List.of(WAITING), PageRequest.of(0, 25), 1));

		assertThat(this.mvc.get().uri("/admin/outbox").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.bodyText()
			.contains("The 2026 round of declarations is open until 30 June 2026")
			.contains("kate@example.org")
			.contains("Waiting")
			.contains("SPRING_MAIL_HOST");
	}

	@Test
	void theStatusFilterIsPassedOnAndNonsenseIgnored() {
		given(this.outbox.of(any(), any(), any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 25), 0));

		assertThat(this.mvc.get().uri("/admin/outbox?status=SENT&page=2").with(user(TestUsers.of(Role.ADMIN))))
			.hasStatusOk()
			.bodyText()
			.contains("There are no messages.");
		verify(this.outbox).of(TestUsers.PCT, OutboxMessage.Status.SENT, PageRequest.of(1, 25));
		assertThat(this.mvc.get().uri("/admin/outbox?status=DROP&page=x").with(user(TestUsers.of(Role.ADMIN))))
			.hasStatusOk();
		verify(this.outbox).of(TestUsers.PCT, null, PageRequest.of(0, 25));
	}

	@Test
	void aMessageIsShownAsTextWithItsLinesKept() {
		given(this.outbox.get(7L, TestUsers.PCT)).willReturn(Optional.of(WAITING));
		given(this.mail.configured()).willReturn(true);

		assertThat(this.mvc.get().uri("/admin/outbox/7").with(user(TestUsers.of(Role.ADMIN)))).hasStatusOk()
			.body()
			.asString()
			.contains("Dear Kate,\n\nThe annual round &lt;b&gt;opened&lt;/b&gt;.")
			.contains("pecgov-message");
	}

	@Test
	void anotherPctsMessageIsNotFound() {
		given(this.outbox.get(7L, TestUsers.PCT)).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/admin/outbox/7").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(404);
		assertThat(this.mvc.get().uri("/admin/outbox/abc").with(user(TestUsers.of(Role.ADMIN)))).hasStatus(404);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CHAIR", "SECRETARY", "MEMBER", "SHA_VIEWER", "OPERATOR" })
	void onlyAnAdministratorReadsIt(Role role) {
		assertThat(this.mvc.get().uri("/admin/outbox").with(user(TestUsers.of(role)))).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/outbox/7").with(user(TestUsers.of(role)))).hasStatus(403);
	}

}
