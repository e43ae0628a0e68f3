package org.pecgov.organisation;

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
 * The PCT's settings never reviewed since the PCT was created (still the guidance's defaults, never saved by an
 * administrator): the dates of the declaration round and the PEC's rules, on the administrators' home page and in
 * a new PCT's set-up.
 */
@Component
@Order(95)
@Transactional(readOnly = true)
class SettingsSetUp implements HomeNotice.Source, SetUpTask.Source {

	private final SettingsService settings;

	SettingsSetUp(SettingsService settings) {
		this.settings = settings;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		if (CurrentUser.get().getRole() != Role.ADMIN || CurrentUser.get().getOrganisationId() == null
				|| reviewed()) {
			return List.of();
		}
		return List.of(HomeNotice.of(Urgency.TO_DO, "home.todo.SETTINGS_NEVER_SET", null, List.of(), "/admin/settings",
				"home.todo.act.settings"));
	}

	@Override
	public List<SetUpTask> setUpTasks() {
		SetUpTask.Status status = reviewed() ? SetUpTask.Status.DONE : SetUpTask.Status.NOT_STARTED;
		return List.of(new SetUpTask(50, "setup.round", status, "/admin/settings#roundOpens"),
				new SetUpTask(70, "setup.rules", status, "/admin/settings"));
	}

	/** Whether an administrator has saved the settings once. */
	private boolean reviewed() {
		return this.settings.of(CurrentUser.organisationId()).getReviewedAt() != null;
	}

}
