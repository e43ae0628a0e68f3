package org.pecgov.meeting.agenda;

import java.util.List;

import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items proposed by the PEC chair and members, on the secretary's home page until each is accepted or declined; the
 * link opens the proposals of the meeting with the earliest. One statement.
 */
@Component
@Order(35)
@Transactional(readOnly = true)
class ProposalNotices implements HomeNotice.Source {

	private final ItemProposalRepository proposals;

	ProposalNotices(ItemProposalRepository proposals) {
		this.proposals = proposals;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if (user.getRole() != Role.SECRETARY || user.getOrganisationId() == null) {
			return List.of();
		}
		List<Object[]> waiting = this.proposals.waiting(user.getOrganisationId());
		if (waiting.isEmpty()) {
			return List.of();
		}
		long count = waiting.stream().mapToLong((row) -> ((Number) row[1]).longValue()).sum();
		return List.of(HomeNotice.of(Urgency.TO_DO, "home.todo.PROPOSALS_WAITING", new Object[] { count }, List.of(),
				"/meetings/" + waiting.get(0)[0] + "/agenda/proposals", "home.todo.act.proposals"));
	}

}
