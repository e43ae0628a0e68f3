package org.pecgov.appraisal.objective;

import java.time.Clock;
import java.time.LocalDate;
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
 * A post holder's own objectives still open whose day has passed or comes within 30 days, on their home page.
 */
@Component
@Order(12)
@Transactional(readOnly = true)
class ObjectiveNotices implements HomeNotice.Source {

	static final int DUE_WITHIN_DAYS = 30;

	private final ObjectiveRepository objectives;

	private final Clock clock;

	ObjectiveNotices(ObjectiveRepository objectives, Clock clock) {
		this.objectives = objectives;
		this.clock = clock;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if (!Role.PCT_ROLES.contains(user.getRole()) || user.getPersonId() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Objective> open = this.objectives
			.findByPersonIdAndOrganisationIdOrderByDueOnAscIdAsc(user.getPersonId(), user.getOrganisationId())
			.stream()
			.filter((o) -> o.getStatus() == ObjectiveStatus.ON_TRACK || o.getStatus() == ObjectiveStatus.AT_RISK)
			.filter((o) -> !o.getDueOn().isAfter(today.plusDays(DUE_WITHIN_DAYS)))
			.toList();
		if (open.isEmpty()) {
			return List.of();
		}
		boolean late = open.stream().anyMatch((o) -> o.getDueOn().isBefore(today));
		return List.of(HomeNotice.of(late ? Urgency.OVERDUE : Urgency.DUE_SOON, "home.todo.MY_OBJECTIVES",
				new Object[] { open.size(), DUE_WITHIN_DAYS },
				open.stream().map(Objective::getObjective).toList(),
				"/members/" + user.getPersonId() + "/objectives", "home.todo.act.objectives"));
	}

}
