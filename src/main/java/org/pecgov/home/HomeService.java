package org.pecgov.home;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what each feature says the signed-in user has to do, in one read-only transaction, so that what the
 * features share (the PCT's committees, posts, holders and settings) is read once for the whole page.
 */
@Service
@Transactional(readOnly = true)
public class HomeService {

	private final ObjectProvider<HomeNotice.Source> sources;

	private final ObjectProvider<SetUpTask.Source> setUp;

	HomeService(ObjectProvider<HomeNotice.Source> sources, ObjectProvider<SetUpTask.Source> setUp) {
		this.sources = sources;
		this.setUp = setUp;
	}

	/**
	 * The signed-in user's work: the overdue first, then what is due soon, then the rest, each feature's in its
	 * own order.
	 * @return the notices
	 */
	public List<HomeNotice> work() {
		return this.sources.orderedStream()
			.flatMap((source) -> source.forCurrentUser().stream())
			.sorted(Comparator.comparing(HomeNotice::urgency))
			.toList();
	}

	/**
	 * The set-up of the user's PCT, in order.
	 * @return every task with its status
	 */
	public List<SetUpTask> setUp() {
		return this.setUp.orderedStream()
			.flatMap((source) -> source.setUpTasks().stream())
			.sorted(Comparator.comparingInt(SetUpTask::order))
			.toList();
	}

}
