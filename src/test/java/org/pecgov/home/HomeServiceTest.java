package org.pecgov.home;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pecgov.home.HomeNotice.Urgency;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

class HomeServiceTest {

	@Test
	void listsTheOverdueFirstThenWhatIsDueSoonThenTheRestKeepingEachFeaturesOrder() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("a", (HomeNotice.Source) () -> List.of(notice(Urgency.TO_DO, "a1"),
				notice(Urgency.DUE_SOON, "a2")));
		beans.registerSingleton("b", (HomeNotice.Source) () -> List.of(notice(Urgency.OVERDUE, "b1"),
				notice(Urgency.TO_DO, "b2"), notice(Urgency.OVERDUE, "b3")));
		HomeService home = new HomeService(beans.getBeanProvider(HomeNotice.Source.class),
				beans.getBeanProvider(SetUpTask.Source.class));

		assertThat(home.work()).extracting(HomeNotice::key).containsExactly("b1", "b3", "a2", "a1", "b2");
	}

	@Test
	void putsTheSetUpTasksOfEveryFeatureInTheirOrder() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("a", (SetUpTask.Source) () -> List.of(task(60), task(20)));
		beans.registerSingleton("b", (SetUpTask.Source) () -> List.of(task(10)));
		HomeService home = new HomeService(beans.getBeanProvider(HomeNotice.Source.class),
				beans.getBeanProvider(SetUpTask.Source.class));

		assertThat(home.setUp()).extracting(SetUpTask::order).containsExactly(10, 20, 60);
	}

	@Test
	void aTaskIsDoneWhenAllWantedAreDoneUnderWayWhenSomeAre() {
		assertThat(SetUpTask.Status.of(0, 5)).isEqualTo(SetUpTask.Status.NOT_STARTED);
		assertThat(SetUpTask.Status.of(3, 5)).isEqualTo(SetUpTask.Status.IN_PROGRESS);
		assertThat(SetUpTask.Status.of(5, 5)).isEqualTo(SetUpTask.Status.DONE);
	}

	@Test
	void namesAreShownOnlyWhenFewAndProgressIsInWholePercent() {
		HomeNotice few = HomeNotice.of(Urgency.TO_DO, "k", null, List.of("1", "2", "3", "4", "5", "6", "7", "8"), "/", "a");
		HomeNotice many = HomeNotice.of(Urgency.TO_DO, "k", null, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), "/", "a");

		assertThat(few.shownNames()).hasSize(8);
		assertThat(many.shownNames()).isEmpty();
		assertThat(few.withProgress(2, 3).progress().percent()).isEqualTo(66);
		assertThat(few.withProgress(0, 0).progress().percent()).isEqualTo(100);
	}

	private static HomeNotice notice(Urgency urgency, String key) {
		return HomeNotice.of(urgency, key, null, List.of(), "/", "a");
	}

	private static SetUpTask task(int order) {
		return new SetUpTask(order, "setup.posts", SetUpTask.Status.DONE, "/");
	}

}
