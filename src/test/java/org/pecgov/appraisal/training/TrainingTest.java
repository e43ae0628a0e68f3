package org.pecgov.appraisal.training;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Training on PostgreSQL: recorded by staff for anyone and by a member for themselves; post holders with
 * none in 12 months are shown. Each test rolls back.
 */
@IntegrationTest
@Transactional
class TrainingTest {

	@Autowired
	private TrainingService training;

	@Autowired
	private JdbcTemplate jdbc;

	private long southvale;

	private long member;

	private long other;

	@BeforeEach
	void ids() {
		DemoIds ids = new DemoIds(this.jdbc);
		this.southvale = ids.organisation("SVL");
		this.member = ids.person("james.whitaker@southvale.example");
		this.other = ids.person("nadia.rahman@southvale.example");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void trainingTakesAPostHolderOffTheListOfThoseWithoutAny() {
		// a post holder the demo gave no training
		long untrained = new DemoIds(this.jdbc).person("daniel.hughes@southvale.example");
		SignIn.as(Role.SECRETARY, this.southvale, null);
		assertThat(this.training.list(0).without()).contains(untrained);

		this.training.record(untrained, details(LocalDate.now().minusDays(3)));

		TrainingService.TrainingPage page = this.training.list(0);
		assertThat(page.without()).doesNotContain(untrained);
		assertThat(page.records().getContent()).extracting(TrainingRecord::getCourse).contains("Leadership for clinicians");
	}

	@Test
	void aMemberRecordsTheirOwnTrainingOnlyAndNeverInTheFuture() {
		SignIn.as(Role.MEMBER, this.southvale, this.member);
		assertThatThrownBy(() -> this.training.record(this.other, details(LocalDate.now().minusDays(1))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.training.record(this.member, details(LocalDate.now().plusDays(1))))
			.isInstanceOf(FieldException.class);
		this.training.record(this.member, details(LocalDate.now()));
		assertThat(this.training.list(0).records().getContent()).allSatisfy(
				(t) -> assertThat(t.getPersonId()).isEqualTo(this.member));
		assertThat(this.training.list(0).without()).isEmpty();
	}

	@Test
	void staffNarrowTheListToOnePersonAndAMemberCannotWidenTheirs() {
		SignIn.as(Role.SECRETARY, this.southvale, null);
		this.training.record(this.other, details(LocalDate.now().minusDays(2)));
		TrainingService.TrainingPage one = this.training.list(0, this.other);
		assertThat(one.records().getContent()).isNotEmpty()
			.allSatisfy((t) -> assertThat(t.getPersonId()).isEqualTo(this.other));
		assertThat(one.without()).isEmpty();
		assertThat(one.names()).containsKey(this.other);

		SignIn.as(Role.MEMBER, this.southvale, this.member);
		assertThat(this.training.list(0, this.other).records().getContent())
			.allSatisfy((t) -> assertThat(t.getPersonId()).isEqualTo(this.member));

		// another PCT's staff find nothing of this PCT's person
		SignIn.as(Role.SECRETARY, new DemoIds(this.jdbc).organisation("NSH"), null);
		assertThat(this.training.list(0, this.other).records().getContent()).isEmpty();
		assertThat(this.training.list(0, this.other).names()).doesNotContainKey(this.other);
	}

	private static TrainingDetails details(LocalDate on) {
		return new TrainingDetails("Leadership for clinicians", on, "NHS Leadership Academy", new BigDecimal("7.5"),
				true, null);
	}

}
