package org.pecgov.outbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Whether this instance can send email: SMTP is configured by SPRING_MAIL_HOST and its companions.
 */
@Component
class MailStatus {

	private final ObjectProvider<JavaMailSender> mailSender;

	MailStatus(ObjectProvider<JavaMailSender> mailSender) {
		this.mailSender = mailSender;
	}

	boolean configured() {
		return this.mailSender.getIfAvailable() != null;
	}

}
