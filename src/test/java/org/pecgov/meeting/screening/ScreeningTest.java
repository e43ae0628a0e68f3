package org.pecgov.meeting.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pecgov.meeting.agenda.ItemPurpose;
import org.pecgov.meeting.screening.Screening.Concern;
import org.pecgov.meeting.screening.Screening.Expected;
import org.pecgov.meeting.screening.Screening.Item;
import org.pecgov.meeting.screening.Screening.ItemResult;
import org.pecgov.meeting.screening.Screening.Result;
import org.pecgov.meeting.screening.Screening.Rule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screening an agenda against the register, and the quorum of the meeting and of each item.
 */
class ScreeningTest {

	private static final Rule RULE = new Rule(4, 2, true);

	private static final Expected CHAIR = new Expected(1L, "Owen Pritchard", true, true, true, false);

	private static final Expected DEPUTY = new Expected(2L, "Priya Shah", true, true, false, true);

	private static final Expected GP = new Expected(3L, "Nadia Rahman", true, true, false, false);

	private static final Expected FINANCE = new Expected(4L, "Director of finance", true, false, false, false);

	private static final Expected OFFICER = new Expected(5L, "Contracts officer", false, false, false, false);

	private static final long PROVIDER = 100L;

	private static final long PRACTICE = 200L;

	private static final List<Expected> EVERYONE = List.of(CHAIR, DEPUTY, GP, FINANCE, OFFICER);

	@Test
	void someoneWithACurrentInterestInAnOrganisationTheItemConcernsIsFlaggedOnThatItemOnly() {
		Result result = Screening.screen(RULE, EVERYONE,
				List.of(item(10L, ItemPurpose.DECISION, PROVIDER), item(11L, ItemPurpose.DECISION, PRACTICE)),
				List.of(shares(GP, PROVIDER)), Set.of(1L, 2L, 3L, 4L, 5L), Map.of());

		assertThat(result.item(10L).flags()).extracting((f) -> f.person().name()).containsExactly("Nadia Rahman");
		assertThat(result.item(10L).flags().get(0).concerns()).extracting(Concern::description)
			.containsExactly("Shares");
		assertThat(result.item(11L).flags()).isEmpty();
		assertThat(result.flagCount()).isOne();
	}

	@Test
	void anUnplannedFlagCountsAsExcludedUntilTheChairDecides() {
		Result unplanned = Screening.screen(RULE, EVERYONE, List.of(item(10L, ItemPurpose.DECISION, PROVIDER)),
				List.of(shares(GP, PROVIDER)), Set.of(), Map.of());
		Result stays = Screening.screen(RULE, EVERYONE, List.of(item(10L, ItemPurpose.DECISION, PROVIDER)),
				List.of(shares(GP, PROVIDER)), Set.of(), Map.of(10L, Map.of(3L, PlanChoice.STAYS)));

		assertThat(unplanned.item(10L).hasUnplannedFlags()).isTrue();
		assertThat(unplanned.item(10L).quorum().members()).isEqualTo(3);
		assertThat(stays.item(10L).quorum().members()).isEqualTo(4);
		assertThat(stays.item(10L).isInquorate()).isFalse();
	}

	@Test
	void exclusionsCanMakeAnItemInquorateWhileTheMeetingIsQuorate() {
		Result result = Screening.screen(RULE, EVERYONE, List.of(item(10L, ItemPurpose.DECISION, PROVIDER)),
				List.of(shares(GP, PROVIDER)), Set.of(), Map.of(10L, Map.of(3L, PlanChoice.LEAVES)));

		assertThat(result.quorum().isQuorate()).isTrue();
		ItemResult item = result.item(10L);
		assertThat(item.quorum().members()).isEqualTo(3);
		assertThat(item.quorum().clinical()).isEqualTo(2);
		assertThat(item.isInquorate()).isTrue();
	}

	@Test
	void takingPartInTheDiscussionOnlyCountsForADiscussionButNotForADecision() {
		Map<Long, Map<Long, PlanChoice>> plans = Map.of(10L, Map.of(3L, PlanChoice.DISCUSSION_ONLY), 11L,
				Map.of(3L, PlanChoice.DISCUSSION_ONLY));
		Result result = Screening.screen(RULE, EVERYONE,
				List.of(item(10L, ItemPurpose.DECISION, PROVIDER), item(11L, ItemPurpose.DISCUSSION, PROVIDER)),
				List.of(shares(GP, PROVIDER)), Set.of(), plans);

		assertThat(result.item(10L).quorum().members()).isEqualTo(3);
		assertThat(result.item(11L).quorum().members()).isEqualTo(4);
	}

	@Test
	void anItemForInformationIsNotDebatedAndNeedsNoQuorum() {
		Result result = Screening.screen(RULE, List.of(CHAIR), List.of(item(10L, ItemPurpose.INFORMATION, PROVIDER)),
				List.of(), Set.of(), Map.of());

		assertThat(result.item(10L).quorum()).isNull();
		assertThat(result.item(10L).isInquorate()).isFalse();
		assertThat(result.quorum().isQuorate()).isFalse();
	}

	@Test
	void whenTheChairIsConflictedTheDeputyChairsTheItem() {
		Result result = Screening.screen(RULE, EVERYONE,
				List.of(item(10L, ItemPurpose.DECISION, PRACTICE), item(11L, ItemPurpose.DECISION, PROVIDER)),
				List.of(shares(CHAIR, PRACTICE)), Set.of(), Map.of(10L, Map.of(1L, PlanChoice.LEAVES)));

		assertThat(result.item(10L).chairConflicted()).isTrue();
		assertThat(result.item(10L).chair()).isEqualTo(DEPUTY);
		assertThat(result.item(10L).quorum().chaired()).isTrue();
		assertThat(result.item(11L).chair()).isEqualTo(CHAIR);
	}

	@Test
	void whenTheChairAndTheDeputyAreBothConflictedNoOneCanChairAndTheItemIsInquorate() {
		Result result = Screening.screen(RULE, EVERYONE, List.of(item(10L, ItemPurpose.DECISION, PRACTICE)),
				List.of(shares(CHAIR, PRACTICE), shares(DEPUTY, PRACTICE)), Set.of(),
				Map.of(10L, Map.of(1L, PlanChoice.STAYS, 2L, PlanChoice.STAYS)));

		assertThat(result.item(10L).chair()).isNull();
		assertThat(result.item(10L).quorum().chaired()).isFalse();
		assertThat(result.item(10L).isInquorate()).isTrue();
	}

	@Test
	void someoneInAttendanceIsScreenedButNeverCountsTowardsTheQuorum() {
		Result result = Screening.screen(RULE, EVERYONE, List.of(item(10L, ItemPurpose.DECISION, PROVIDER)),
				List.of(shares(OFFICER, PROVIDER)), Set.of(), Map.of(10L, Map.of(5L, PlanChoice.STAYS)));

		assertThat(result.item(10L).flags()).extracting((f) -> f.person().name()).containsExactly("Contracts officer");
		assertThat(result.quorum().members()).isEqualTo(4);
	}

	@Test
	void whoeverMadeNoDeclarationOrReturnThisRoundIsFlagged() {
		Result result = Screening.screen(RULE, EVERYONE, List.of(), List.of(), Set.of(1L, 2L, 4L, 5L), Map.of());

		assertThat(result.noReturn()).containsExactly(GP);
	}

	private static Item item(long id, ItemPurpose purpose, long organisation) {
		return new Item(id, purpose, Set.of(organisation));
	}

	private static Concern shares(Expected who, long organisation) {
		return new Concern(who.personId() * 1000, who.personId(), organisation, "Shares");
	}

}
