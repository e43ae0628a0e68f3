package org.pecgov.committee;

import java.util.List;

import org.pecgov.home.SetUpTask;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first task of a new PCT's set-up: the PEC's posts. Done when the PEC has a chair's post and at least the
 * fewest clinical posts the PCT's rules ask for; under way once it has any post.
 */
@Component
@Order(10)
@Transactional(readOnly = true)
class CommitteeSetUp implements SetUpTask.Source {

	private final CommitteeService committees;

	private final PostService posts;

	private final SettingsService settings;

	CommitteeSetUp(CommitteeService committees, PostService posts, SettingsService settings) {
		this.committees = committees;
		this.posts = posts;
		this.settings = settings;
	}

	@Override
	public List<SetUpTask> setUpTasks() {
		Committee pec = this.committees.committees().stream().filter(Committee::isPec).findFirst().orElse(null);
		if (pec == null) {
			return List.of(new SetUpTask(10, "setup.posts", SetUpTask.Status.NOT_STARTED, "/committees"));
		}
		List<Post> active = this.posts.postsOf(pec.getId()).stream().filter((p) -> !p.isRetired()).toList();
		long clinical = active.stream().filter((p) -> p.getKind().isClinical()).count();
		boolean chair = active.stream().anyMatch((p) -> p.getKind() == PostKind.CHAIR);
		int wanted = this.settings.of(CurrentUser.organisationId()).getMinClinical();
		SetUpTask.Status status = active.isEmpty() ? SetUpTask.Status.NOT_STARTED
				: ((chair && clinical >= wanted) ? SetUpTask.Status.DONE : SetUpTask.Status.IN_PROGRESS);
		return List.of(new SetUpTask(10, "setup.posts", status, "/committees/" + pec.getId()));
	}

}
