package org.pecgov.interest;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.interest.directory.DirectoryOrganisation;
import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.interest.directory.DirectoryType;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.support.DemoIds;
import org.pecgov.support.IntegrationTest;
import org.pecgov.support.SignIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Declarations on PostgreSQL: a member's own, staff on someone's behalf, the rules of dates and of
 * indirect interests, and the register's search in a fixed number of statements.
 */
@IntegrationTest
class DeclarationRulesTest {

	@Autowired
	private DeclarationService declarations;

	@Autowired
	private DirectoryService directory;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcTemplate jdbc;

	private DemoIds ids;

	private long northshire;

	@BeforeEach
	void ids() {
		this.ids = new DemoIds(this.jdbc);
		this.northshire = this.ids.organisation("NSH");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void aMemberDeclaresTheirOwnInterestAndTheStaffRegisterShowsItByOrganisation() {
		long collins = this.ids.person("sarah.collins@northshire.example");
		SignIn.as(Role.MEMBER, this.northshire, collins);
		DirectoryOrganisation trust = this.directory.active()
			.stream()
			.filter((o) -> o.getType() == DirectoryType.NHS_PROVIDER)
			.findFirst()
			.orElseThrow();

		Declaration declared = this.declarations.declare(collins, details(InterestKind.FINANCIAL, null,
				LocalDate.of(2026, 10, 1), null, Set.of(trust.getId())));

		assertThat(this.declarations.mine()).extracting(Declaration::getId).contains(declared.getId());
		SignIn.as(Role.SECRETARY, this.northshire, null);
		assertThat(this.declarations.currentIn(trust.getId())).extracting((e) -> e.name()).contains("Sarah Collins");
		assertThat(this.declarations.search(new InterestFilter(null, "collins", null, null, trust.getId(), true), 0)
			.getContent()).hasSize(1);
	}

	@Test
	void aMemberCannotChangeSomeoneElsesDeclaration() {
		long hart = this.ids.person("amelia.hart@northshire.example");
		SignIn.as(Role.SECRETARY, this.northshire, null);
		Declaration hers = this.declarations.declare(hart, details(InterestKind.FINANCIAL, null,
				LocalDate.of(2026, 1, 1), null, Set.of()));

		SignIn.as(Role.MEMBER, this.northshire, this.ids.person("sarah.collins@northshire.example"));
		assertThatThrownBy(() -> this.declarations.update(hers.getId(), hers.getVersion(),
				details(InterestKind.FINANCIAL, null, LocalDate.of(2026, 1, 1), null, Set.of())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.declarations.end(hers.getId(), hers.getVersion(), LocalDate.of(2026, 6, 1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.queryForObject("select recorded_by from declaration where id = ?", String.class,
				hers.getId())).isEqualTo("secretary@test.example");
	}

	@Test
	void refusesBadDatesAnIndirectInterestWithoutRelationshipAndAnotherPctsOrganisation() {
		long collins = this.ids.person("sarah.collins@northshire.example");
		SignIn.as(Role.MEMBER, this.northshire, collins);
		int before = count();

		assertProblem(() -> this.declarations.declare(collins, details(InterestKind.FINANCIAL, null,
				LocalDate.of(2027, 1, 1), null, Set.of())), "declaration.fromDate.future");
		assertProblem(() -> this.declarations.declare(collins, details(InterestKind.FINANCIAL, null,
				LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), Set.of())), "declaration.toDate.beforeFrom");
		assertProblem(() -> this.declarations.declare(collins, details(InterestKind.FINANCIAL, null,
				LocalDate.of(2025, 6, 1), LocalDate.of(2099, 1, 1), Set.of())), "declaration.toDate.future");
		assertProblem(() -> this.declarations.declare(collins, details(InterestKind.INDIRECT, " ",
				LocalDate.of(2026, 5, 1), null, Set.of())), "declaration.relationship.required");
		Long southvaleOrganisation = this.jdbc.queryForObject(
				"select min(id) from directory_organisation where organisation_id = ?", Long.class,
				this.ids.organisation("SVL"));
		assertProblem(() -> this.declarations.declare(collins, details(InterestKind.FINANCIAL, null,
				LocalDate.of(2026, 5, 1), null, Set.of(southvaleOrganisation))), "declaration.organisation.unknown");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void filtersByTheCommitteeOnWhichTheDeclarantHoldsAPost() {
		SignIn.as(Role.SECRETARY, this.northshire, null);
		long pec = this.jdbc.queryForObject("select id from committee where organisation_id = ? and kind = 'PEC'",
				Long.class, this.northshire);
		java.util.Set<Long> onThePec = new java.util.HashSet<>(this.jdbc.queryForList("""
				select a.person_id from appointment a join post p on p.id = a.post_id where p.committee_id = ?
				  and a.term_start <= current_date
				  and (coalesce(a.ended_on, a.term_end) is null or coalesce(a.ended_on, a.term_end) >= current_date)
				""", Long.class, pec));

		var found = this.declarations.search(new InterestFilter(null, null, null, null, null, null, pec), 0);

		assertThat(found.getContent()).isNotEmpty()
			.allSatisfy((e) -> assertThat(onThePec).contains(e.declaration().getPersonId()));
		var none = this.declarations.search(new InterestFilter(null, null, null, null, null, null, 999_999L), 0);
		assertThat(none.getTotalElements()).isZero();
	}

	@Test
	void searchesTheRegisterInAFixedNumberOfStatements() {
		SignIn.as(Role.SECRETARY, this.northshire, null);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.declarations.search(new InterestFilter(null, null, null, null, null, null), 0);
		statistics.clear();

		var page = this.declarations.search(new InterestFilter(null, null, null, null, null, null), 0);

		assertThat(page.getContent()).isNotEmpty().allSatisfy((e) -> assertThat(e.name()).isNotBlank());
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4);
	}

	@Test
	void everyRuleADeclarationBreaksIsReportedAtOnce() {
		LocalDate future = LocalDate.now().plusDays(10);

		assertThat(this.declarations.problemsOf(details(InterestKind.INDIRECT, null, future, future.minusDays(1),
				Set.of())))
			.extracting(FieldException.Problem::messageKey)
			.containsExactly("declaration.fromDate.future", "declaration.toDate.beforeFrom",
					"declaration.relationship.required");
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from declaration", Integer.class);
	}

	private static DeclarationDetails details(InterestKind kind, String relationship, LocalDate from, LocalDate to,
			Set<Long> organisations) {
		return new DeclarationDetails(kind, relationship, InterestCategory.SHAREHOLDING, "Shares in a provider", from,
				to, null, true, organisations);
	}

	private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOf(FieldException.class)
			.extracting((ex) -> ((FieldException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
