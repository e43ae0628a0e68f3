package org.pecgov.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the sessions of a user who was disabled, given another role or a new password, once that
 * change is committed. Sessions live in PostgreSQL, so this reaches every instance.
 */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void end(UserSessionsEnded event) {
		this.sessions.ifAvailable((repository) -> {
			var ids = repository.findByPrincipalName(event.email()).keySet();
			ids.forEach(repository::deleteById);
			if (!ids.isEmpty()) {
				log.info("Ended {} session(s) of {}", ids.size(), event.email());
			}
		});
	}

}
