package org.pecgov.outbox;

import java.time.Instant;

/**
 * A message in the outbox: a reminder waiting to be sent, or sent.
 * @param id its id
 * @param organisationId the PCT it belongs to
 * @param personId the person it is for, if any
 * @param recipient their email address, or null when they have none
 * @param kind what it reminds of
 * @param subject its subject
 * @param body its text
 * @param createdAt when it was written
 * @param status waiting, sent, failed, or expired unsent
 * @param attempts how many times sending was tried
 * @param sentAt when it was sent
 * @param lastError why the last attempt failed
 */
public record OutboxMessage(Long id, Long organisationId, Long personId, String recipient, String kind,
		String subject, String body, Instant createdAt, Status status, int attempts, Instant sentAt,
		String lastError) {

	/**
	 * This message as the outbox page shows it: a single-use link to set a password is not shown to anyone
	 * but its recipient.
	 * @return the message with such a link cut short
	 */
	public OutboxMessage withoutSecrets() {
		String shown = (this.body != null) ? this.body.replaceAll(Outbox.SECRET_LINK, "/set-password/…") : null;
		return new OutboxMessage(this.id, this.organisationId, this.personId, this.recipient, this.kind, this.subject,
				shown, this.createdAt, this.status, this.attempts, this.sentAt, this.lastError);
	}

	/** Where a message is in its life. */
	public enum Status {

		WAITING, SENT, FAILED, EXPIRED, DIGEST, SKIPPED

	}

}
