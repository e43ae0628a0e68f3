package org.pecgov.outbox;

import java.util.List;

import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders that failed to send, on the administrators' home page, so that someone reaches those people
 * another way.
 */
@Component
@Order(80)
@Transactional(readOnly = true)
class OutboxNotices implements HomeNotice.Source {

	private final JdbcClient jdbc;

	OutboxNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		if (CurrentUser.get().getRole() != Role.ADMIN || CurrentUser.get().getOrganisationId() == null) {
			return List.of();
		}
		long failed = this.jdbc
			.sql("select count(*) from outbox_message where organisation_id = ? and status = 'FAILED'")
			.param(CurrentUser.organisationId())
			.query(Long.class)
			.single();
		return (failed == 0) ? List.of()
				: List.of(HomeNotice.of(Urgency.OVERDUE, "home.todo.MAIL_FAILED", new Object[] { failed }, List.of(),
						"/admin/outbox?status=FAILED", "home.todo.act.outbox"));
	}

}
