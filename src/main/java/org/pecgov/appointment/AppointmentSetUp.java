package org.pecgov.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.home.SetUpTask;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new PCT's set-up task of putting its members on the register and appointing them: done when the PEC has its
 * chair and at least the fewest clinical members the PCT's rules ask for; under way once anyone is appointed.
 */
@Component
@Order(20)
@Transactional(readOnly = true)
class AppointmentSetUp implements SetUpTask.Source {

	private final Holdings appointments;

	private final CommitteeService committees;

	private final PostService posts;

	private final SettingsService settings;

	private final Clock clock;

	AppointmentSetUp(Holdings appointments, CommitteeService committees, PostService posts, SettingsService settings,
			Clock clock) {
		this.appointments = appointments;
		this.settings = settings;
		this.committees = committees;
		this.posts = posts;
		this.clock = clock;
	}

	@Override
	public List<SetUpTask> setUpTasks() {
		Committee pec = this.committees.committees().stream().filter(Committee::isPec).findFirst().orElse(null);
		Map<Long, Post> postsById = (pec == null) ? Map.of()
				: this.posts.postsOf(pec.getId())
					.stream()
					.collect(Collectors.toMap(Post::getId, Function.identity()));
		LocalDate today = LocalDate.now(this.clock);
		List<Post> held = this.appointments.currentIn(CurrentUser.organisationId(), today)
			.stream()
			.map((a) -> postsById.get(a.getPostId()))
			.filter(Objects::nonNull)
			.toList();
		boolean chair = held.stream().anyMatch((p) -> p.getKind() == PostKind.CHAIR);
		long clinical = held.stream().filter((p) -> p.getKind().isClinical()).count();
		int wanted = this.settings.of(CurrentUser.organisationId()).getMinClinical();
		SetUpTask.Status status = held.isEmpty() ? SetUpTask.Status.NOT_STARTED
				: ((chair && clinical >= wanted) ? SetUpTask.Status.DONE : SetUpTask.Status.IN_PROGRESS);
		return List.of(new SetUpTask(20, "setup.members", status, "/members"));
	}

}
