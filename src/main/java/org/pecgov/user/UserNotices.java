package org.pecgov.user;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.home.SetUpTask;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PCT's users on its administrators' home page: accounts locked after failed logins, and people who have
 * never signed in (still on the one-time password they were given); and the set-up task of giving the PEC chair
 * and the board secretary their logins.
 */
@Component
@Order(70)
@Transactional(readOnly = true)
class UserNotices implements HomeNotice.Source, SetUpTask.Source {

	private final AppUserRepository users;

	private final Clock clock;

	UserNotices(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		if (CurrentUser.get().getRole() != Role.ADMIN || CurrentUser.get().getOrganisationId() == null) {
			return List.of();
		}
		Instant now = this.clock.instant();
		List<AppUser> all = this.users.findByOrganisationIdAndEnabledTrue(CurrentUser.organisationId());
		List<String> locked = all.stream().filter((u) -> u.isLocked(now)).map(AppUser::getDisplayName).sorted().toList();
		List<String> never = all.stream()
			.filter(AppUser::isMustChangePassword)
			.map(AppUser::getDisplayName)
			.sorted()
			.toList();
		List<String> unlinked = all.stream()
			.filter(AppUser::isAwaitingLink)
			.map(AppUser::getDisplayName)
			.sorted()
			.toList();
		List<HomeNotice> notices = new ArrayList<>();
		if (!unlinked.isEmpty()) {
			notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.USERS_UNLINKED", new Object[] { unlinked.size() },
					unlinked, "/admin/users", "home.todo.act.users"));
		}
		if (!locked.isEmpty()) {
			notices.add(HomeNotice.of(Urgency.DUE_SOON, "home.todo.USERS_LOCKED", new Object[] { locked.size() }, locked,
					"/admin/users", "home.todo.act.users"));
		}
		if (!never.isEmpty()) {
			notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.USERS_NEVER", new Object[] { never.size() }, never,
					"/admin/users", "home.todo.act.users"));
		}
		return notices;
	}

	/**
	 * Users: done when the PEC chair and the board secretary can sign in; under way when anyone besides the
	 * administrators can.
	 */
	@Override
	public List<SetUpTask> setUpTasks() {
		Set<Role> roles = this.users.findByOrganisationIdAndEnabledTrue(CurrentUser.organisationId())
			.stream()
			.map(AppUser::getRole)
			.collect(Collectors.toSet());
		long wanted = (roles.contains(Role.CHAIR) ? 1 : 0) + (roles.contains(Role.SECRETARY) ? 1 : 0);
		SetUpTask.Status status = (wanted == 2) ? SetUpTask.Status.DONE
				: (roles.stream().anyMatch((r) -> r != Role.ADMIN) ? SetUpTask.Status.IN_PROGRESS
						: SetUpTask.Status.NOT_STARTED);
		return List.of(new SetUpTask(30, "setup.users", status, "/admin/users"));
	}

}
