package org.pecgov.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pecgov.config.PecgovProperties;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: a reminder is written in the same transaction as what caused it, so that it is kept
 * exactly when its cause is. Each reminder has a key; a second write with the same key is ignored, so
 * that jobs may run again (or on several instances) without writing a reminder twice.
 */
@Service
public class Outbox {

	private static final Locale LOCALE = Locale.UK;

	private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final PecgovProperties properties;

	/** A single-use link in a message: kept in the outbox only until it is sent, and never shown there. */
	static final String SECRET_LINK = "/set-password/[A-Za-z0-9_-]+";

	private final MailStatus mail;

	Outbox(JdbcClient jdbc, MessageSource messages, PecgovProperties properties, MailStatus mail) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.properties = properties;
		this.mail = mail;
	}

	/**
	 * Whether this service sends email (SMTP is configured): if not, what is written waits to be read.
	 * @return true when messages are sent
	 */
	public boolean sendsEmail() {
		return this.mail.configured();
	}

	/**
	 * Writes a reminder, inside the caller's transaction.
	 * @param reminder what to write
	 * @return true when written, false when a reminder with its key was written before
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean add(Reminder reminder) {
		String code = "reminder." + reminder.kind();
		String subject = this.messages.getMessage(code + ".subject", reminder.args(), LOCALE);
		String body = this.messages.getMessage("reminder.greeting", new Object[] { reminder.name() }, LOCALE)
				+ "\n\n" + this.messages.getMessage(code + ".body", reminder.args(), LOCALE) + "\n\n"
				+ this.messages.getMessage("reminder.link",
						new Object[] { this.properties.getBaseUrl().replaceAll("/+$", "") + reminder.path() },
						LOCALE)
				+ "\n\n" + this.messages.getMessage("reminder.signature", null, LOCALE);
		return this.jdbc.sql("""
				insert into outbox_message (organisation_id, person_id, recipient, kind, dedupe_key, subject, body,
				    expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (dedupe_key) do nothing
				""")
			.params(reminder.organisationId(), reminder.personId(), blankToNull(reminder.email()), reminder.kind(),
					reminder.key(), subject, body,
					(reminder.expires() != null)
							? Timestamp.from(reminder.expires().plusDays(1).atStartOfDay(LONDON).toInstant()) : null)
			.update() == 1;
	}

	/**
	 * Which of some people were written a message of a kind since an instant (to write it at most so often), in one
	 * statement.
	 * @param personIds the people
	 * @param kind the kind
	 * @param since the instant
	 * @return those who were
	 */
	@Transactional(readOnly = true)
	public java.util.Set<Long> writtenSince(java.util.Collection<Long> personIds, String kind, java.time.Instant since) {
		if (personIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(this.jdbc
			.sql("select distinct person_id from outbox_message where person_id in (:people) and kind = :kind"
					+ " and created_at >= :since")
			.param("people", personIds)
			.param("kind", kind)
			.param("since", Timestamp.from(since))
			.query(Long.class)
			.list());
	}

	/**
	 * A PCT's messages, newest first.
	 * @param organisationId the PCT
	 * @param status only those with this status, or all when null
	 * @param pageable the page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<OutboxMessage> of(Long organisationId, OutboxMessage.Status status, Pageable pageable) {
		String filter = (status != null) ? " and status = :status" : "";
		List<OutboxMessage> content = this.jdbc
			.sql("select * from outbox_message where organisation_id = :org" + filter
					+ " order by created_at desc, id desc limit :limit offset :offset")
			.param("org", organisationId)
			.param("status", (status != null) ? status.name() : null)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(Outbox::map)
			.list()
			.stream()
			.map(OutboxMessage::withoutSecrets)
			.toList();
		long total = this.jdbc.sql("select count(*) from outbox_message where organisation_id = :org" + filter)
			.param("org", organisationId)
			.param("status", (status != null) ? status.name() : null)
			.query(Long.class)
			.single();
		return new PageImpl<>(content, pageable, total);
	}

	/**
	 * One message of a PCT.
	 * @param id the message
	 * @param organisationId the PCT
	 * @return the message, if it is the PCT's
	 */
	@Transactional(readOnly = true)
	public Optional<OutboxMessage> get(Long id, Long organisationId) {
		return this.jdbc.sql("select * from outbox_message where id = ? and organisation_id = ?")
			.params(id, organisationId)
			.query(Outbox::map)
			.optional()
			.map(OutboxMessage::withoutSecrets);
	}

	static OutboxMessage map(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new OutboxMessage(rs.getLong("id"), (Long) rs.getObject("organisation_id", Long.class),
				(Long) rs.getObject("person_id", Long.class), rs.getString("recipient"), rs.getString("kind"),
				rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
				(sent != null) ? sent.toInstant() : null, rs.getString("last_error"));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
