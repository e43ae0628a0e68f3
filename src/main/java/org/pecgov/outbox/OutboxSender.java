package org.pecgov.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.config.PecgovProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the waiting messages of the outbox by SMTP, when SMTP is configured. ShedLock lets one
 * instance at a time run it. No database transaction stays open while a message is sent: each is marked
 * sent as soon as the server took it, so a message is sent once, or (if the instance dies between the
 * two) at most once more. A failure of the server (unreachable, refusing the login) stops the run and
 * counts against no message; a failure of one message is tried again at the next run, up to
 * {@link #MAX_ATTEMPTS} times, and never holds up the others.
 */
@Component
public class OutboxSender {

	/** After this many failed attempts a message is left failed, to be read in the outbox. */
	static final int MAX_ATTEMPTS = 5;

	private static final int BATCH = 50;

	/** A run stops well before ShedLock's lock could expire under it. */
	private static final Duration RUN_BUDGET = Duration.ofMinutes(10);

	/** The body without its single-use link, once the link has gone to its recipient or is of no more use. */
	private static final String SCRUBBED = "regexp_replace(body, '" + Outbox.SECRET_LINK + "', '/set-password/…', 'g')";

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final PecgovProperties properties;

	private final Clock clock;

	private final NoticePreferences preferences;

	private final MailRenderer renderer;

	OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, PecgovProperties properties,
			Clock clock, NoticePreferences preferences, MailRenderer renderer) {
		this.preferences = preferences;
		this.renderer = renderer;
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends what waits, oldest first, each message at most once a run, until nothing waits, the server
	 * fails or the run's time is up.
	 */
	@Scheduled(fixedDelayString = "${pecgov.outbox.interval:PT1M}",
			initialDelayString = "${pecgov.outbox.initial-delay:PT1M}")
	@SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT1M")
	public void sendWaiting() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		Instant now = this.clock.instant();
		int expired = this.jdbc.sql("update outbox_message set status = 'EXPIRED', body = " + SCRUBBED
				+ " where status in ('WAITING', 'DIGEST') and expires_at is not null and expires_at <= ?")
			.param(Timestamp.from(now))
			.update();
		if (expired > 0) {
			log.info("{} reminder(s) expired unsent", expired);
		}
		Instant stop = now.plus(RUN_BUDGET);
		long after = 0;
		int sent = 0;
		while (this.clock.instant().isBefore(stop)) {
			List<OutboxMessage> batch = this.jdbc.sql("""
					select * from outbox_message where status = 'WAITING' and recipient is not null and id > ?
					order by id limit ?
					""").params(after, BATCH).query(Outbox::map).list();
			for (OutboxMessage message : batch) {
				after = message.id();
				NoticeKind.Mode mode = this.preferences.modeOf(message);
				if (mode != NoticeKind.Mode.IMMEDIATE) {
					// held for the weekly digest, or not wanted: as the person chose
					this.jdbc.sql("update outbox_message set status = ? where id = ? and status = 'WAITING'")
						.params((mode == NoticeKind.Mode.DIGEST) ? "DIGEST" : "SKIPPED", message.id())
						.update();
					continue;
				}
				Outcome outcome = send(sender, message);
				if (outcome == Outcome.SENT) {
					sent++;
				}
				else if (outcome == Outcome.SERVER_FAILED) {
					log.warn("The SMTP server failed; the outbox waits for the next run");
					return;
				}
			}
			if (batch.size() < BATCH) {
				break;
			}
		}
		if (sent > 0) {
			log.info("Sent {} message(s) from the outbox", sent);
		}
	}

	private Outcome send(JavaMailSender sender, OutboxMessage message) {
		try {
			sender.send(mail(sender, message));
		}
		catch (RuntimeException ex) {
			// a failure of the server, or of this message alone (its text could not be written, say): never one that
			// holds up the rest of the outbox
			boolean server = ex instanceof MailAuthenticationException || unreachable(ex);
			this.jdbc.sql("update outbox_message set last_error = ?, attempts = attempts + ?,"
					+ " status = case when attempts + ? >= ? then 'FAILED' else 'WAITING' end where id = ?")
				.params(abbreviate(ex.getMessage()), server ? 0 : 1, server ? 0 : 1, MAX_ATTEMPTS, message.id())
				.update();
			log.warn("Could not send outbox message {}: {}", message.id(), ex.getMessage());
			return server ? Outcome.SERVER_FAILED : Outcome.FAILED;
		}
		this.jdbc.sql("update outbox_message set status = 'SENT', sent_at = ?, attempts = attempts + 1,"
				+ " last_error = null, body = " + SCRUBBED + " where id = ?")
			.params(Timestamp.from(this.clock.instant()), message.id())
			.update();
		return Outcome.SENT;
	}

	/**
	 * The message as an email whose Message-ID is the outbox message's own, so that an email sent again after
	 * a crash (sent, but not yet marked so) is known by mail servers and clients as the same email.
	 */
	private MimeMessage mail(JavaMailSender sender, OutboxMessage message) {
		MimeMessage mail = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
			helper.setFrom(this.properties.getMailFrom());
			helper.setTo(message.recipient());
			helper.setSubject(message.subject());
			MailRenderer.Parts parts = this.renderer.message(message);
			helper.setText(parts.text(), parts.html());
			mail.setHeader("Message-ID", messageId(message.id(), this.properties.getMailFrom()));
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		return mail;
	}

	/**
	 * The Message-ID of an outbox message: one per message, as each is one per deduplication key.
	 * @param id the outbox message
	 * @param from the service's sending address, whose domain the id carries
	 * @return the Message-ID
	 */
	static String messageId(long id, String from) {
		String domain = (from != null && from.contains("@")) ? from.substring(from.lastIndexOf('@') + 1).strip() : "";
		return "<pecgov-outbox-" + id + "@" + (domain.isEmpty() ? "pecgov" : domain) + ">";
	}

	/** Whether the server, not the message, failed. */
	private static boolean unreachable(RuntimeException ex) {
		return ex instanceof MailSendException && ex.getMessage() != null
				&& ex.getMessage().startsWith("Mail server connection failed");
	}

	private static String abbreviate(String text) {
		String value = (text != null) ? text : "";
		return (value.length() > 1000) ? value.substring(0, 1000) : value;
	}

	private enum Outcome {

		SENT, FAILED, SERVER_FAILED

	}

}
