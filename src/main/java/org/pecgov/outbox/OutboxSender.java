package org.pecgov.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.pecgov.config.PecgovProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the waiting messages of the outbox by SMTP, when SMTP is configured. ShedLock lets one
 * instance at a time run it, and each batch locks its rows ({@code for update skip locked}) so that
 * a message is never sent twice; a message is marked sent in the transaction that sent it.
 */
@Component
public class OutboxSender {

	/** After this many failed attempts a message is left failed, to be read in the outbox. */
	static final int MAX_ATTEMPTS = 5;

	private static final int BATCH = 20;

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final PecgovProperties properties;

	private final Clock clock;

	OutboxSender(JdbcClient jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> mailSender,
			PecgovProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mailSender = mailSender;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Sends what waits, batch by batch, until nothing waits or the SMTP server cannot be reached.
	 */
	@Scheduled(fixedDelayString = "${pecgov.outbox.interval:PT1M}",
			initialDelayString = "${pecgov.outbox.initial-delay:PT1M}")
	@SchedulerLock(name = "outbox-sender", lockAtMostFor = "PT15M")
	public void sendWaiting() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		int sent = 0;
		while (true) {
			Batch batch = this.transactions.execute((status) -> sendBatch(sender));
			sent += batch.sent();
			if (batch.size() < BATCH || batch.unreachable()) {
				break;
			}
		}
		if (sent > 0) {
			log.info("Sent {} message(s) from the outbox", sent);
		}
	}

	private Batch sendBatch(JavaMailSender sender) {
		List<OutboxMessage> waiting = this.jdbc.sql("""
				select * from outbox_message where status = 'WAITING' and recipient is not null
				order by id limit ? for update skip locked
				""").param(BATCH).query(Outbox::map).list();
		int sent = 0;
		for (OutboxMessage message : waiting) {
			try {
				sender.send(mail(message));
				this.jdbc.sql("update outbox_message set status = 'SENT', sent_at = ?, attempts = attempts + 1,"
						+ " last_error = null where id = ?")
					.params(Timestamp.from(this.clock.instant()), message.id())
					.update();
				sent++;
			}
			catch (MailException ex) {
				this.jdbc.sql("update outbox_message set attempts = attempts + 1, last_error = ?,"
						+ " status = case when attempts + 1 >= ? then 'FAILED' else 'WAITING' end where id = ?")
					.params(abbreviate(ex.getMessage()), MAX_ATTEMPTS, message.id())
					.update();
				log.warn("Could not send outbox message {}: {}", message.id(), ex.getMessage());
				if (ex instanceof MailAuthenticationException || unreachable(ex)) {
					return new Batch(waiting.size(), sent, true);
				}
			}
		}
		return new Batch(waiting.size(), sent, false);
	}

	private SimpleMailMessage mail(OutboxMessage message) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.properties.getMailFrom());
		mail.setTo(message.recipient());
		mail.setSubject(message.subject());
		mail.setText(message.body());
		return mail;
	}

	/** Whether the server, not the message, failed: then the rest of the batch waits for the next run. */
	private static boolean unreachable(MailException ex) {
		return ex instanceof MailSendException && ex.getMessage() != null
				&& ex.getMessage().startsWith("Mail server connection failed");
	}

	private static String abbreviate(String text) {
		String value = (text != null) ? text : "";
		return (value.length() > 1000) ? value.substring(0, 1000) : value;
	}

	private record Batch(int size, int sent, boolean unreachable) {
	}

}
