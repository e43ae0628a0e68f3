package org.pecgov.remuneration;

import java.util.List;

import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.home.SetUpTask;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pay rates never set, on the administrators' home page and in a new PCT's set-up.
 */
@Component
@Order(90)
@Transactional(readOnly = true)
class RemunerationSetUp implements HomeNotice.Source, SetUpTask.Source {

	private final RemunerationService remuneration;

	RemunerationSetUp(RemunerationService remuneration) {
		this.remuneration = remuneration;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		if (CurrentUser.get().getRole() != Role.ADMIN || CurrentUser.get().getOrganisationId() == null
				|| this.remuneration.today(CurrentUser.organisationId()).isPresent()) {
			return List.of();
		}
		return List.of(HomeNotice.of(Urgency.TO_DO, "home.todo.NO_RATES", null, List.of(), "/remuneration",
				"home.todo.act.rates"));
	}

	@Override
	public List<SetUpTask> setUpTasks() {
		boolean set = this.remuneration.today(CurrentUser.organisationId()).isPresent();
		return List.of(new SetUpTask(60, "setup.rates", set ? SetUpTask.Status.DONE : SetUpTask.Status.NOT_STARTED,
				"/remuneration"));
	}

}
