package org.pecgov.appraisal.objective;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.appraisal.Appraisers;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.StaleEditException;
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
 * Objectives on PostgreSQL with the demo PEC: the PEC chair sets a member's, the PCT chair the PEC
 * chair's; the member records progress on their own; nobody else reaches them. Each test rolls back.
 */
@IntegrationTest
@Transactional
class ObjectiveTest {

	@Autowired
	private ObjectiveService objectives;

	@Autowired
	private Appraisers appraisers;

	@Autowired
	private JdbcTemplate jdbc;

	private long southvale;

	private long chair;

	private long member;

	private long pctChair;

	@BeforeEach
	void ids() {
		DemoIds ids = new DemoIds(this.jdbc);
		this.southvale = ids.organisation("SVL");
		this.chair = ids.person("owen.pritchard@southvale.example");
		this.member = ids.person("james.whitaker@southvale.example");
		this.pctChair = ids.personOfUser("pctchair@southvale.example");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void thePecChairAppraisesMembersAndThePctChairAppraisesThePecChair() {
		SignIn.as(Role.SECRETARY, this.southvale, null);

		assertThat(this.appraisers.appraiserOf(this.member, LocalDate.now())).contains(this.chair);
		assertThat(this.appraisers.appraiserOf(this.chair, LocalDate.now())).contains(this.pctChair);
	}

	@Test
	void theChairSetsAnObjectiveAndTheMemberRecordsProgress() {
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		Objective set = this.objectives.set(this.member, "Urgent care", "Fewer avoidable A&E attendances", null,
				LocalDate.now().plusMonths(4));

		long seen = set.getVersion();
		SignIn.as(Role.MEMBER, this.southvale, this.member);
		this.objectives.update(this.member, set.getId(), seen, ObjectiveStatus.AT_RISK,
				"Two care homes have not joined");
		ObjectiveService.ObjectivesPage page = this.objectives.of(this.member);

		// besides the objectives the demo set
		assertThat(page.objectives()).filteredOn((o) -> o.getId().equals(set.getId()))
			.extracting(Objective::getStatus)
			.containsExactly(ObjectiveStatus.AT_RISK);
		assertThat(page.updatesOf(set.getId())).extracting(ObjectiveUpdate::getNote)
			.containsExactly("Two care homes have not joined");
		assertThat(page.maySet()).isFalse();
		assertThat(page.mayUpdate()).isTrue();
		assertThatThrownBy(() -> this.objectives.update(this.member, set.getId(), seen, ObjectiveStatus.DELIVERED,
				"Stale")).isInstanceOf(StaleEditException.class);
	}

	@Test
	void nobodyElseSetsOrReadsThem() {
		long other = new DemoIds(this.jdbc).person("nadia.rahman@southvale.example");
		int before = count();
		SignIn.as(Role.MEMBER, this.southvale, this.member);
		assertThatThrownBy(() -> this.objectives.set(this.member, "Self", "Set my own", null,
				LocalDate.now().plusMonths(1))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.objectives.of(other)).isInstanceOf(NotFoundException.class);

		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		assertThatThrownBy(() -> this.objectives.set(this.chair, "Self", "Set my own", null,
				LocalDate.now().plusMonths(1))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.objectives.set(this.member, "Urgent care", "Backdated", null,
				LocalDate.now().minusDays(1))).isInstanceOf(FieldException.class);

		SignIn.as(Role.ADMIN, new DemoIds(this.jdbc).organisation("NSH"), null);
		assertThatThrownBy(() -> this.objectives.of(this.member)).isInstanceOf(NotFoundException.class);
		assertThat(count()).isEqualTo(before);
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from objective where person_id = ?", Integer.class,
				this.member);
	}

}
