package org.pecgov.appraisal;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
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
 * Annual appraisals on PostgreSQL with the demo PEC: the rules of rating, signing, locking and versions,
 * the review of suitability, and who may see one. Each test rolls back.
 */
@IntegrationTest
@Transactional
class AppraisalTest {

	@Autowired
	private AppraisalService appraisals;

	@Autowired
	private AppraisalEditor editor;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private org.pecgov.appointment.composition.SkillsService skills;

	private long southvale;

	private long chair;

	private long member;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void ids() {
		DemoIds ids = new DemoIds(this.jdbc);
		this.southvale = ids.organisation("SVL");
		this.chair = ids.person("owen.pritchard@southvale.example");
		this.member = ids.person("james.whitaker@southvale.example");
	}

	@AfterEach
	void signOut() {
		SignIn.out();
	}

	@Test
	void theChairAppraisesTheMemberBothSignAndItIsLocked() {
		Appraisal appraisal = open(this.today.minusYears(1), this.today);
		long competency = this.appraisals.get(appraisal.getId()).required().get(0).getCompetencyId();

		assertProblem(() -> this.editor.assess(appraisal.getId(), version(appraisal), Map.of(competency, 5), null,
				null), "appraisal.rating.range");
		assertProblem(() -> this.editor.assess(appraisal.getId(), version(appraisal), Map.of(competency, 0), null,
				null), "appraisal.rating.range");
		assertProblem(() -> this.editor.addPdp(appraisal.getId(), version(appraisal), "Chairing", null, null,
				this.today.plusMonths(6)), "pdp.action.required");
		Map<Long, Integer> all = new java.util.HashMap<>();
		this.appraisals.get(appraisal.getId()).required().forEach((r) -> all.put(r.getCompetencyId(), 3));
		this.editor.assess(appraisal.getId(), version(appraisal), all, "A good year", AppraisalOutcome.SATISFACTORY);
		this.editor.addPdp(appraisal.getId(), version(appraisal), "Chairing", "Chairing course", null,
				this.today.plusMonths(6));

		SignIn.as(Role.MEMBER, this.southvale, this.member);
		this.editor.comment(appraisal.getId(), version(appraisal), "Agreed");
		this.editor.sign(appraisal.getId(), version(appraisal));
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		Appraisal signed = this.editor.sign(appraisal.getId(), version(appraisal));

		assertThat(signed.isLocked()).isTrue();
		assertThat(signed.getRatings()).containsEntry(competency, 3);
		assertThat(this.skills.skills().members())
			.filteredOn((row) -> row.personId().equals(this.member))
			.singleElement()
			.satisfies((row) -> assertThat(row.scores()).containsEntry(competency, 3.0));
		SignIn.as(Role.SECRETARY, this.southvale, null);
		assertThat(this.skills.skills().members())
			.filteredOn((row) -> row.personId().equals(this.member))
			.allSatisfy((row) -> assertThat(row.scores()).doesNotContainEntry(competency, 3.0));
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		assertProblem(() -> this.editor.assess(appraisal.getId(), version(appraisal), Map.of(competency, 4), null,
				AppraisalOutcome.SATISFACTORY), "appraisal.locked");
		Appraisal next = this.editor.newVersion(appraisal.getId(), version(appraisal));
		assertThat(next.getPreviousId()).isEqualTo(appraisal.getId());
		assertThatThrownBy(() -> this.editor.newVersion(appraisal.getId(), version(appraisal)))
			.isInstanceOf(org.pecgov.shared.StaleEditException.class);
		assertThat(next.isLocked()).isFalse();
		assertThat(this.appraisals.get(next.getId()).pdp()).hasSize(1);
		assertThat(this.appraisals.isOverdue(this.member)).isFalse();
	}

	@Test
	void nobodySignsSomeoneElsesAppraisalNorAppraisesThemselves() {
		Appraisal appraisal = open(this.today.minusYears(1), this.today);
		this.editor.assess(appraisal.getId(), version(appraisal), Map.of(), null, AppraisalOutcome.SATISFACTORY);

		SignIn.as(Role.MEMBER, this.southvale, new DemoIds(this.jdbc).person("nadia.rahman@southvale.example"));
		assertThatThrownBy(() -> this.editor.sign(appraisal.getId(), version(appraisal)))
			.isInstanceOf(NotFoundException.class);
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		assertProblem(() -> this.appraisals.open(this.chair, this.today.minusYears(1), this.today), "appraisal.selfAppraisal");
		SignIn.as(Role.MEMBER, this.southvale, this.member);
		assertThatThrownBy(() -> this.editor.assess(appraisal.getId(), version(appraisal), Map.of(), null,
				AppraisalOutcome.UNSATISFACTORY)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aSecondUnsatisfactoryAppraisalInARowOpensAReviewOfSuitability() {
		// Someone no other test appraises, so that their history is this test's alone.
		this.member = new DemoIds(this.jdbc).person("eleanor.fox@southvale.example");
		Appraisal first = open(this.today.minusYears(2), this.today.minusYears(1).minusDays(1));
		signBoth(first, AppraisalOutcome.UNSATISFACTORY);
		assertThat(this.appraisals.isOverdue(this.member)).isTrue();
		Appraisal second = open(this.today.minusYears(1), this.today);

		Appraisal signed = signBoth(second, AppraisalOutcome.UNSATISFACTORY);

		assertThat(signed.isSuitabilityReview()).isTrue();
		assertThat(first.isSuitabilityReview()).isFalse();
	}

	@Test
	void anAppraisalIsSeenByTheAppraiseeTheAppraiserAndAdministratorsOnly() {
		Appraisal appraisal = open(this.today.minusYears(1), this.today);

		SignIn.as(Role.MEMBER, this.southvale, this.member);
		assertThat(this.appraisals.get(appraisal.getId()).appraisee()).isTrue();
		SignIn.as(Role.ADMIN, this.southvale, null);
		assertThat(this.appraisals.get(appraisal.getId()).appraisal().getId()).isEqualTo(appraisal.getId());
		for (var who : new Object[][] { { Role.SECRETARY, null },
				{ Role.MEMBER, new DemoIds(this.jdbc).person("nadia.rahman@southvale.example") } }) {
			SignIn.as((Role) who[0], this.southvale, (Long) who[1]);
			assertThatThrownBy(() -> this.appraisals.get(appraisal.getId())).isInstanceOf(NotFoundException.class);
			assertThat(this.appraisals.list(0).appraisals()).extracting(Appraisal::getId)
				.doesNotContain(appraisal.getId());
		}
		SignIn.as(Role.ADMIN, new DemoIds(this.jdbc).organisation("NSH"), null);
		assertThatThrownBy(() -> this.appraisals.get(appraisal.getId())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void signingNeedsEveryRatingAndAChangeAfterASignatureTakesBothAway() {
		Appraisal appraisal = open(this.today.minusYears(1), this.today);
		this.editor.assess(appraisal.getId(), version(appraisal), Map.of(), null, AppraisalOutcome.SATISFACTORY);
		assertProblem(() -> this.editor.sign(appraisal.getId(), version(appraisal)), "appraisal.sign.notRated");
		Map<Long, Integer> ratings = new java.util.HashMap<>();
		this.appraisals.get(appraisal.getId()).required().forEach((r) -> ratings.put(r.getCompetencyId(), 3));
		this.editor.assess(appraisal.getId(), version(appraisal), ratings, null, AppraisalOutcome.SATISFACTORY);
		this.editor.sign(appraisal.getId(), version(appraisal));

		this.editor.assess(appraisal.getId(), version(appraisal), ratings, "Changed", AppraisalOutcome.UNSATISFACTORY);

		Appraisal changed = this.appraisals.get(appraisal.getId()).appraisal();
		assertThat(changed.getAppraiserSignedAt()).isNull();
		assertThat(changed.isLocked()).isFalse();
	}

	private Appraisal open(LocalDate from, LocalDate to) {
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		return this.appraisals.open(this.member, from, to);
	}

	private Appraisal signBoth(Appraisal appraisal, AppraisalOutcome outcome) {
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		Map<Long, Integer> ratings = new java.util.HashMap<>();
		this.appraisals.get(appraisal.getId()).required().forEach((r) -> ratings.put(r.getCompetencyId(), 2));
		this.editor.assess(appraisal.getId(), version(appraisal), ratings, null, outcome);
		SignIn.as(Role.MEMBER, this.southvale, this.member);
		this.editor.sign(appraisal.getId(), version(appraisal));
		SignIn.as(Role.CHAIR, this.southvale, this.chair);
		return this.editor.sign(appraisal.getId(), version(appraisal));
	}

	private long version(Appraisal appraisal) {
		return this.jdbc.queryForObject("select version from appraisal where id = ?", Long.class, appraisal.getId());
	}

	private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOf(FieldException.class)
			.extracting((ex) -> ((FieldException) ex).getMessageKey())
			.isEqualTo(key);
	}

}
