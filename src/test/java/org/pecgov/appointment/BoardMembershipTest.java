package org.pecgov.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.PostKind;
import org.pecgov.security.Role;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Board is made of its members, the PEC's included (Fit to lead §4.5): what screening, attendance and
 * quorum of a Board meeting count.
 */
@IntegrationTest
class BoardMembershipTest {

	@Autowired
	private Holdings holdings;

	@Autowired
	private CommitteeService committees;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theBoardHasItsOwnMembersThePecChairExOfficioAndPecMembersWithABoardSeatEachOnce() {
		DemoIds ids = new DemoIds(this.jdbc);
		SignIn.as(Role.ADMIN, ids.organisation("SVL"), null);
		Long board = this.committees.committees()
			.stream()
			.filter((c) -> c.getKind() == CommitteeKind.BOARD)
			.findFirst()
			.orElseThrow()
			.getId();

		List<Holdings.Seat> seats = this.holdings.seatsOn(board, LocalDate.now(this.clock));

		long pecChair = ids.person("owen.pritchard@southvale.example");
		long deputy = ids.person("nadia.rahman@southvale.example");
		long pctChair = ids.person("anthony.booth@southvale.example");
		long chiefExecutive = ids.person("richard.lowe@southvale.example");
		long nurse = ids.person("james.whitaker@southvale.example");
		assertThat(seats).extracting(Holdings.Seat::personId)
			.contains(pctChair, chiefExecutive, pecChair, deputy)
			.doesNotContain(nurse)
			.doesNotHaveDuplicates();
		assertThat(seats).filteredOn((s) -> s.personId().equals(pecChair))
			.singleElement()
			.satisfies((s) -> assertThat(s.kind()).isEqualTo(PostKind.BOARD_SEAT));
		assertThat(seats).filteredOn((s) -> s.kind() == PostKind.CHAIR)
			.extracting(Holdings.Seat::personId)
			.containsExactly(pctChair);
	}

}
