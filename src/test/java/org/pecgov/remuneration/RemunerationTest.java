package org.pecgov.remuneration;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.committee.PostKind;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Remuneration on PostgreSQL with the demo PCT: costs and totals, uplifts with history, members' own rates with
 * a reason. Each test rolls back.
 */
@IntegrationTest
@Transactional
class RemunerationTest {

	@Autowired
	private RemunerationService remuneration;

	@Autowired
	private JdbcTemplate jdbc;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void signIn() {
		SignIn.as(Role.ADMIN, new DemoIds(this.jdbc).organisation("SVL"), null);
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void eachPaidAppointmentHasItsCostAndEachCommitteeItsTotalAtTheRatesInForce() {
		this.remuneration.addRate(rates(this.today.minusMonths(6), "100000"));
		this.remuneration.addRate(rates(this.today.plusMonths(1), "110000"));

		RemunerationService.RemunerationPage page = this.remuneration.page();

		assertThat(page.current().getCeoSalary()).isEqualByComparingTo("100000");
		// besides the rates the demo PCT already had
		assertThat(page.history()).extracting(RemunerationRate::getEffectiveFrom)
			.contains(this.today.minusMonths(6), this.today.plusMonths(1));
		RemunerationService.CommitteeTotal pec = page.committees()
			.stream()
			.filter((c) -> c.committee().isPec())
			.findFirst()
			.orElseThrow();
		RemunerationService.Line chair = pec.lines().stream().filter((l) -> l.kind() == PostKind.CHAIR).findFirst().orElseThrow();
		assertThat(chair.percent()).isEqualByComparingTo("95");
		assertThat(pec.total()).isEqualByComparingTo(pec.lines()
			.stream()
			.map(RemunerationService.Line::cost)
			.reduce(BigDecimal.ZERO, BigDecimal::add));
		assertThat(pec.lines()).filteredOn((l) -> l.kind() == PostKind.CHIEF_EXECUTIVE)
			.allSatisfy((l) -> assertThat(l.cost()).isZero());
		assertThat(page.committees()).filteredOn((c) -> !c.committee().isPec())
			.allSatisfy((c) -> assertThat(c.total()).isZero());
	}

	@Test
	void aNegativeSalaryARateOf150PercentOrASecondRateOnADayAreRefused() {
		assertProblem(() -> this.remuneration.addRate(rates(this.today, "-5")), "remuneration.salary.range");
		assertProblem(() -> this.remuneration.addRate(new RateDetails(this.today, new BigDecimal("100000"),
				new BigDecimal("150"), new BigDecimal("80"), BigDecimal.ZERO)), "remuneration.percent.range");
		this.remuneration.addRate(rates(this.today, "100000"));
		assertProblem(() -> this.remuneration.addRate(rates(this.today, "105000")), "remuneration.from.taken");
	}

	@Test
	void aMemberPaidAtAnotherRateNeedsAReasonAndTheChairCannotHaveOne() {
		this.remuneration.addRate(rates(this.today.minusDays(1), "100000"));
		var pec = this.remuneration.page().committees().stream().filter((c) -> c.committee().isPec()).findFirst().orElseThrow();
		var member = pec.lines().stream().filter((l) -> l.kind() == PostKind.CLINICAL_MEMBER).findFirst().orElseThrow();
		var chair = pec.lines().stream().filter((l) -> l.kind() == PostKind.CHAIR).findFirst().orElseThrow();

		assertProblem(() -> this.remuneration.setOwnRate(member.appointmentId(), new BigDecimal("70"), " "),
				"remuneration.own.reason");
		assertProblem(() -> this.remuneration.setOwnRate(chair.appointmentId(), new BigDecimal("70"), "Reason"),
				"remuneration.own.notMember");
		assertProblem(() -> this.remuneration.setOwnRate(member.appointmentId(), new BigDecimal("70"), "x".repeat(1001)),
				"remuneration.own.reason.tooLong");
		this.remuneration.setOwnRate(member.appointmentId(), new BigDecimal("70"), "Part of the role is funded elsewhere");

		var after = this.remuneration.page().committees().stream().filter((c) -> c.committee().isPec()).findFirst()
			.orElseThrow().lines().stream().filter((l) -> l.appointmentId().equals(member.appointmentId()))
			.findFirst().orElseThrow();
		assertThat(after.percent()).isEqualByComparingTo("70");
		assertThat(after.exception().getReason()).isEqualTo("Part of the role is funded elsewhere");
	}

	@Test
	void theChairsRateIsNotBelowTheMembersWhereThePctSaysSo() {
		assertThatThrownBy(() -> this.remuneration.addRate(new RateDetails(this.today.plusDays(3),
				new BigDecimal("100000"), new BigDecimal("70"), new BigDecimal("80"), BigDecimal.ZERO)))
			.isInstanceOf(FieldException.class)
			.extracting((ex) -> ((FieldException) ex).getMessageKey())
			.isEqualTo("remuneration.chair.belowMembers");
	}

	@Test
	void ratesNotYetInForceCanBeWithdrawnAndRecordedAgainCorrectedButRatesInForceStay() {
		RemunerationRate inForce = this.remuneration.addRate(rates(this.today.minusDays(1), "100000"));
		RemunerationRate coming = this.remuneration.addRate(rates(this.today.plusMonths(1), "1100000"));

		assertProblem(() -> this.remuneration.withdrawRate(inForce.getId(), inForce.getVersion()),
				"remuneration.withdraw.inForce");
		this.remuneration.withdrawRate(coming.getId(), coming.getVersion());
		this.remuneration.addRate(rates(this.today.plusMonths(1), "110000"));

		assertThat(this.remuneration.page().history()).filteredOn((r) -> r.getEffectiveFrom().equals(this.today.plusMonths(1)))
			.singleElement()
			.satisfies((r) -> assertThat(r.getCeoSalary()).isEqualByComparingTo("110000"));
		assertThat(this.remuneration.page().history()).extracting(RemunerationRate::getEffectiveFrom)
			.contains(this.today.minusDays(1));
	}

	@Test
	void anotherPctsRatesCannotBeWithdrawn() {
		RemunerationRate coming = this.remuneration.addRate(rates(this.today.plusMonths(2), "100000"));
		SignIn.as(Role.ADMIN, new DemoIds(this.jdbc).organisation("NSH"), null);

		assertThatThrownBy(() -> this.remuneration.withdrawRate(coming.getId(), coming.getVersion()))
			.isInstanceOf(org.pecgov.shared.NotFoundException.class);
	}

	private static RateDetails rates(LocalDate from, String salary) {
		return new RateDetails(from, new BigDecimal(salary), new BigDecimal("95"), new BigDecimal("80"),
				new BigDecimal("9000"));
	}

	private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOf(FieldException.class)
			.extracting((ex) -> ((FieldException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
