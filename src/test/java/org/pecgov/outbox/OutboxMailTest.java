package org.pecgov.outbox;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox sent over SMTP to a real mail server running in-process (GreenMail).
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"pecgov.mail-from=pecgov@southvale.example", "pecgov.base-url=https://pecgov.southvale.example/" })
class OutboxMailTest {

	@RegisterExtension
	static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private Outbox outbox;

	@Autowired
	private OutboxSender sender;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	private long southvale;

	@BeforeEach
	void ids() {
		this.southvale = new DemoIds(this.jdbc).organisation("SVL");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from outbox_message where dedupe_key like 'mailtest:%'");
		// Released, not deleted: ShedLock remembers that it created the row, and then only updates it.
		this.jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = 'outbox-sender'");
	}

	@Test
	void aWaitingReminderIsSentOnceAndMarkedSent() throws Exception {
		write("mailtest:1", "kate.lindley@example.org");

		this.sender.sendWaiting();
		this.sender.sendWaiting();

		List<MimeMessage> received = to("kate.lindley@example.org");
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("The 2026 round of declarations is open until 30 June 2026");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("pecgov@southvale.example");
		assertThat(org.pecgov.support.MailText.text(mail)).contains("Dear Kate Lindley,")
			.contains("https://pecgov.southvale.example/declarations/mine");
		assertThat(status("mailtest:1")).isEqualTo("SENT");
		assertThat(this.jdbc.queryForObject("select sent_at is not null from outbox_message where dedupe_key = ?",
				Boolean.class, "mailtest:1")).isTrue();
		// the same Message-ID whenever it is sent, so a copy sent again after a crash is known as the same email
		long id = this.jdbc.queryForObject("select id from outbox_message where dedupe_key = ?", Long.class, "mailtest:1");
		assertThat(mail.getMessageID()).isEqualTo("<pecgov-outbox-" + id + "@southvale.example>");
	}

	@Test
	void whileAnotherInstanceHoldsTheLockNothingIsSent() {
		this.jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by)"
				+ " values ('outbox-sender', timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'another-instance')"
				+ " on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by");
		write("mailtest:2", "ben.carter@example.org");

		this.sender.sendWaiting();
		assertThat(to("ben.carter@example.org")).isEmpty();
		assertThat(status("mailtest:2")).isEqualTo("WAITING");

		this.jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = 'outbox-sender'");
		this.sender.sendWaiting();
		assertThat(to("ben.carter@example.org")).hasSize(1);
		assertThat(status("mailtest:2")).isEqualTo("SENT");
	}

	@Test
	void aMessageThatCannotBeSentIsTriedAgainThenLeftFailedWithoutHoldingUpTheRest() {
		write("mailtest:3", "not an address@@example");
		write("mailtest:4", "joan.taylor@example.org");

		for (int run = 0; run < OutboxSender.MAX_ATTEMPTS + 1; run++) {
			this.sender.sendWaiting();
		}

		assertThat(status("mailtest:3")).isEqualTo("FAILED");
		assertThat(this.jdbc.queryForObject("select attempts from outbox_message where dedupe_key = 'mailtest:3'",
				Integer.class)).isEqualTo(OutboxSender.MAX_ATTEMPTS);
		assertThat(this.jdbc.queryForObject("select last_error from outbox_message where dedupe_key = 'mailtest:3'",
				String.class)).isNotBlank();
		assertThat(to("joan.taylor@example.org")).hasSize(1);
		assertThat(status("mailtest:4")).isEqualTo("SENT");
	}

	@Test
	void whenTheServerIsDownMessagesWaitWithoutUsingUpTheirAttempts() {
		SMTP.stop();
		write("mailtest:5", "ahmed.karim@example.org");

		for (int run = 0; run < OutboxSender.MAX_ATTEMPTS + 1; run++) {
			this.sender.sendWaiting();
		}

		assertThat(status("mailtest:5")).isEqualTo("WAITING");
		assertThat(this.jdbc.queryForObject("select attempts from outbox_message where dedupe_key = 'mailtest:5'",
				Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select last_error from outbox_message where dedupe_key = 'mailtest:5'",
				String.class)).isNotBlank();
	}

	@Test
	void aReminderNoLongerTrueExpiresUnsent() {
		write("mailtest:6", "mark.evans@example.org", java.time.LocalDate.now().minusDays(1));

		this.sender.sendWaiting();

		assertThat(status("mailtest:6")).isEqualTo("EXPIRED");
		assertThat(to("mark.evans@example.org")).isEmpty();
	}

	private void write(String key, String email) {
		write(key, email, null);
	}

	private void write(String key, String email, java.time.LocalDate expires) {
		this.transactions.executeWithoutResult((status) -> this.outbox.add(new Reminder(this.southvale, null,
				"Kate Lindley", email, "ROUND_OPEN", key, "/declarations/mine", expires, "2026", "1 April 2026",
				"30 June 2026")));
	}

	private String status(String key) {
		return this.jdbc.queryForObject("select status from outbox_message where dedupe_key = ?", String.class, key);
	}

	private static List<MimeMessage> to(String address) {
		return Arrays.stream(SMTP.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch((a) -> a.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
