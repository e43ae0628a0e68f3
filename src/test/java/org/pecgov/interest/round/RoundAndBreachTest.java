package org.pecgov.interest.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.interest.Declaration;
import org.pecgov.interest.DeclarationDetails;
import org.pecgov.interest.DeclarationService;
import org.pecgov.interest.InterestCategory;
import org.pecgov.interest.InterestKind;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annual round and breaches on PostgreSQL.
 */
@IntegrationTest
class RoundAndBreachTest {

	@Autowired
	private RoundService rounds;

	@Autowired
	private BreachService breaches;

	@Autowired
	private DeclarationService declarations;

	@Autowired
	private SettingsService settings;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	private DemoIds ids;

	private long southvale;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
		this.southvale = this.ids.organisation("SVL");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aDeclarationMadeMoreThan28DaysLateIsABreach() {
		long fox = this.ids.person("eleanor.fox@southvale.example");
		SignIn.as(Role.MEMBER, this.southvale, fox);

		Declaration late = this.declarations.declare(fox, new DeclarationDetails(InterestKind.FINANCIAL, null,
				InterestCategory.SHAREHOLDING, "Shares in a dental supplier", LocalDate.now(this.clock).minusDays(91), null, null, true,
				Set.of()));
		Declaration onTime = this.declarations.declare(fox, new DeclarationDetails(InterestKind.FINANCIAL, null,
				InterestCategory.DONATION, "A donation", LocalDate.now(this.clock).minusDays(10), null, null, true, Set.of()));

		assertThat(count("breach where declaration_id = " + late.getId() + " and kind = 'LATE_DECLARATION'")).isOne();
		assertThat(count("breach where declaration_id = " + onTime.getId())).isZero();
	}

	@Test
	void aPostHolderConfirmsOrMakesANilReturnOnceWhileTheRoundIsOpen() {
		long carter = this.ids.person("ben.carter@southvale.example");
		SignIn.as(Role.MEMBER, this.southvale, carter);
		assertProblem(() -> this.rounds.make(carter, RoundReturn.Kind.NIL), "round.notOpen");

		openRoundToday();
		SignIn.as(Role.MEMBER, this.southvale, carter);
		assertProblem(() -> this.rounds.make(carter, RoundReturn.Kind.CONFIRMED), "round.confirm.noInterests");
		RoundReturn nil = this.rounds.make(carter, RoundReturn.Kind.NIL);

		assertThat(nil.getRoundYear()).isEqualTo(2026);
		assertProblem(() -> this.rounds.make(carter, RoundReturn.Kind.NIL), "round.alreadyReturned");
		assertThat(this.rounds.returnOf(carter)).isPresent();
		long taylor = this.ids.person("joan.taylor@southvale.example");
		SignIn.as(Role.MEMBER, this.southvale, taylor);
		this.declarations.declare(taylor, new DeclarationDetails(InterestKind.NON_FINANCIAL_PROFESSIONAL, null,
				InterestCategory.OTHER, "Trustee of a local charity", LocalDate.of(2026, 11, 10), null, null, true,
				Set.of()));
		assertProblem(() -> this.rounds.make(taylor, RoundReturn.Kind.NIL), "round.nil.hasInterests");
	}

	@Test
	void missingTheLatestClosedRoundIsABreachRecordedOnce() {
		SignIn.as(Role.ADMIN, this.ids.organisation("NSH"), null);
		long northshire = this.ids.organisation("NSH");

		this.breaches.detectMissedRound(northshire);
		int again = this.breaches.detectMissedRound(northshire);

		assertThat(again).isZero();
		assertThat(count("breach where organisation_id = " + northshire + " and kind = 'MISSED_ROUND' and person_id = "
				+ this.ids.person("kate.lindley@northshire.example"))).isOne();
		assertThat(count("breach where kind = 'MISSED_ROUND' and person_id = "
				+ this.ids.person("mark.evans@northshire.example"))).isZero();
		Long breach = this.jdbc.queryForObject("select min(id) from breach where organisation_id = ? and kind = 'MISSED_ROUND'",
				Long.class, northshire);
		Breach reviewed = this.breaches.review(breach, this.breaches.get(breach).getVersion(), Breach.Status.REVIEWED,
				"Reminded; return made late");
		assertThat(reviewed.getReviewedBy()).isEqualTo("admin@test.example");
	}

	@Test
	void severalBreachesAreReviewedTogetherOrNoneWhenOneIsAnotherPcts() {
		long northshire = this.ids.organisation("NSH");
		SignIn.as(Role.ADMIN, northshire, null);
		this.breaches.detectMissedRound(northshire);
		java.util.List<Long> ours = this.jdbc.queryForList(
				"select id from breach where organisation_id = ? order by id limit 2", Long.class, northshire);
		assertThat(ours).hasSize(2);
		java.util.Map<Long, Long> versions = new java.util.LinkedHashMap<>();
		ours.forEach((id) -> versions.put(id, this.breaches.get(id).getVersion()));
		Long theirs = this.jdbc.queryForObject("select min(id) from breach where organisation_id <> ?", Long.class,
				northshire);
		if (theirs != null) {
			java.util.Map<Long, Long> withTheirs = new java.util.LinkedHashMap<>(versions);
			withTheirs.put(theirs, 0L);
			assertThatThrownBy(() -> this.breaches.reviewAll(withTheirs, Breach.Status.CLOSED, "Bulk"))
				.isInstanceOf(org.pecgov.shared.NotFoundException.class);
			assertThat(this.jdbc.queryForObject("select count(*) from breach where id in (?, ?) and reviewer_note = 'Bulk'",
					Integer.class, ours.get(0), ours.get(1))).isZero();
		}

		assertThat(this.breaches.reviewAll(versions, Breach.Status.CLOSED, "Reminded together")).isEqualTo(2);

		assertThat(this.jdbc.queryForObject(
				"select count(*) from breach where id in (?, ?) and status = 'CLOSED' and reviewer_note = 'Reminded together'",
				Integer.class, ours.get(0), ours.get(1))).isEqualTo(2);
	}

	private void openRoundToday() {
		SignIn.as(Role.ADMIN, this.southvale, null);
		PctSettings current = this.settings.current();
		PctSettings values = PctSettings.values(4, 8, 2, 1, BigDecimal.ONE, 1, 2, 1, 2, 24, 48, false, 6);
		values.setRound(java.time.MonthDay.of(11, 1), java.time.MonthDay.of(12, 31));
		this.settings.update(current.getVersion(), values);
	}

	private int count(String from) {
		return this.jdbc.queryForObject("select count(*) from " + from, Integer.class);
	}

	private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOf(FieldException.class)
			.extracting((ex) -> ((FieldException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
