package org.pecgov.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.config.PecgovProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a week (Monday 07:00, UK time), sends each person the messages held for their digest in one email, per
 * PCT (an email never carries another PCT's messages), and marks them sent. One instance at a time runs it
 * (ShedLock). A failure leaves the messages held, to go in next week's digest.
 */
@Component
public class DigestSender {

	/** At most this many messages go in one digest; the rest wait for the next. */
	static final int MAX_ITEMS = 100;

	private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailRenderer renderer;

	private final MessageSource messages;

	private final PecgovProperties properties;

	private final Clock clock;

	DigestSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MailRenderer renderer,
			MessageSource messages, PecgovProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.renderer = renderer;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends the week's digests, on one instance at a time.
	 */
	@Scheduled(cron = "${pecgov.digest.cron:0 0 7 * * MON}", zone = "Europe/London")
	@SchedulerLock(name = "outbox-digest", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
	public void sendWeekly() {
		sendDigests();
	}

	/**
	 * Sends the digests of what is held now.
	 * @return how many digests were sent
	 */
	int sendDigests() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<Recipient> recipients = this.jdbc.sql("""
				select recipient, organisation_id, count(*) as held from outbox_message
				where status = 'DIGEST' and recipient is not null
				group by recipient, organisation_id order by recipient
				""").query((rs, n) -> new Recipient(rs.getString("recipient"), (Long) rs.getObject("organisation_id", Long.class)))
			.list();
		// what is no longer worth sending is not sent in a digest either
		this.jdbc.sql("update outbox_message set status = 'EXPIRED' where status = 'DIGEST' and expires_at is not null"
				+ " and expires_at <= ?").param(Timestamp.from(this.clock.instant())).update();
		int sent = 0;
		for (Recipient recipient : recipients) {
			List<OutboxMessage> held = this.jdbc.sql("""
					select * from outbox_message where status = 'DIGEST' and recipient = ?
					  and organisation_id is not distinct from ? order by id limit ?
					""").params(recipient.email(), recipient.organisationId(), MAX_ITEMS).query(Outbox::map).list();
			if (held.isEmpty()) {
				continue;
			}
			try {
				sender.send(mail(sender, recipient.email(), held));
			}
			catch (RuntimeException ex) {
				log.warn("Could not send a weekly digest: {}", ex.getMessage());
				continue;
			}
			this.jdbc.sql("update outbox_message set status = 'SENT', sent_at = :at, attempts = attempts + 1"
					+ " where id in (:ids) and status = 'DIGEST'")
				.param("at", Timestamp.from(this.clock.instant()))
				.param("ids", held.stream().map(OutboxMessage::id).toList())
				.update();
			sent++;
		}
		if (sent > 0) {
			log.info("Sent {} weekly digest(s)", sent);
		}
		return sent;
	}

	private MimeMessage mail(JavaMailSender sender, String to, List<OutboxMessage> held) {
		MimeMessage mail = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
			helper.setFrom(this.properties.getMailFrom());
			helper.setTo(to);
			helper.setSubject(this.messages.getMessage("mail.digest.subject", new Object[] { held.size() },
					java.util.Locale.UK));
			MailRenderer.Parts parts = this.renderer.digest(to, held);
			helper.setText(parts.text(), parts.html());
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		return mail;
	}

	private record Recipient(String email, Long organisationId) {
	}

}
