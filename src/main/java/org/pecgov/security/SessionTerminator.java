package org.pecgov.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of a user who was disabled, given another role or a new password, once that
 * change is committed. Sessions live in PostgreSQL, so this reaches every instance.
 */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private final UserSessions sessions;

	SessionTerminator(UserSessions sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void end(UserSessionsEnded event) {
		int ended = this.sessions.endAll(event.email(), event.keepSessionId());
		if (ended > 0) {
			log.info("Ended {} session(s) of a user", ended);
		}
	}

}
