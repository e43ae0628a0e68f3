package org.pecgov.meeting.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pecgov.meeting.agenda.ItemPurpose;

/**
 * Screens a meeting's agenda against the register of interests, and works out its quorum: pure, the
 * caller loads what it needs. Everyone expected at the meeting (the committee's members on the day and
 * those in attendance) is checked against each item: a current interest in an organisation the item
 * concerns flags them on that item. A member who gave apologies or was absent is not expected.
 */
public final class Screening {

	private Screening() {
	}

	/**
	 * Someone expected at the meeting.
	 * @param personId who
	 * @param name their name
	 * @param member whether they are a member of the committee (else in attendance)
	 * @param clinical whether they hold a clinical post
	 * @param chair whether they hold the committee's chair
	 * @param deputy whether they hold its deputy chair
	 */
	public record Expected(Long personId, String name, boolean member, boolean clinical, boolean chair,
			boolean deputy) {
	}

	/**
	 * A current interest of someone in an organisation of the directory.
	 * @param declarationId the declaration
	 * @param personId who declared it
	 * @param directoryId the organisation concerned
	 * @param description what it is
	 */
	public record Concern(Long declarationId, Long personId, Long directoryId, String description) {
	}

	/**
	 * The committee's quorum rule.
	 * @param minPresent members present at least
	 * @param minClinical of whom clinical at least
	 * @param chairRequired whether the chair (or deputy) must be there to chair
	 */
	public record Rule(int minPresent, int minClinical, boolean chairRequired) {
	}

	/**
	 * An item to screen.
	 * @param itemId the item
	 * @param purpose its purpose
	 * @param organisationIds the organisations it concerns
	 */
	public record Item(Long itemId, ItemPurpose purpose, Set<Long> organisationIds) {
	}

	/**
	 * Someone flagged on an item.
	 * @param person who
	 * @param concerns their interests in what the item concerns
	 * @param plan the chair's plan, or null when none is recorded yet
	 */
	public record Flag(Expected person, List<Concern> concerns, PlanChoice plan) {

		public boolean isPlanned() {
			return this.plan != null;
		}

	}

	/**
	 * Whether a meeting or item is quorate.
	 * @param members members counted
	 * @param clinical clinical members counted
	 * @param chaired whether someone is there to chair
	 * @param rule the rule
	 */
	public record Quorum(int members, int clinical, boolean chaired, Rule rule) {

		public boolean isQuorate() {
			return this.members >= this.rule.minPresent() && this.clinical >= this.rule.minClinical()
					&& (this.chaired || !this.rule.chairRequired());
		}

	}

	/**
	 * What screening found on one item.
	 * @param itemId the item
	 * @param flags who is flagged, with their interests and plan
	 * @param chair who chairs the item: the chair, or the deputy when the chair is conflicted; null when
	 * neither can
	 * @param chairConflicted whether the chair is flagged on the item
	 * @param quorum the item's quorum after the exclusions of the plans (null for an item for information,
	 * which is not debated)
	 */
	public record ItemResult(Long itemId, List<Flag> flags, Expected chair, boolean chairConflicted, Quorum quorum) {

		public boolean isInquorate() {
			return this.quorum != null && !this.quorum.isQuorate();
		}

		public boolean hasUnplannedFlags() {
			return this.flags.stream().anyMatch((f) -> !f.isPlanned());
		}

	}

	/**
	 * What screening found on the meeting.
	 * @param quorum the meeting's quorum
	 * @param items each item's result, in agenda order
	 * @param noReturn those expected who made no declaration or return in the current round
	 */
	public record Result(Quorum quorum, List<ItemResult> items, List<Expected> noReturn) {

		public ItemResult item(Long itemId) {
			return this.items.stream().filter((i) -> i.itemId().equals(itemId)).findFirst().orElse(null);
		}

		public long flagCount() {
			return this.items.stream().mapToLong((i) -> i.flags().size()).sum();
		}

	}

	/**
	 * Screens a meeting.
	 * @param rule the committee's quorum rule
	 * @param expected who is expected (members without apologies or absence, and those in attendance)
	 * @param items the agenda, in order
	 * @param concerns the current interests of those expected in the organisations the items concern
	 * @param returned who made a declaration or return in the current round
	 * @param plans the chair's plans, by item and person
	 * @return what it found
	 */
	public static Result screen(Rule rule, List<Expected> expected, List<Item> items, Collection<Concern> concerns,
			Set<Long> returned, Map<Long, Map<Long, PlanChoice>> plans) {
		Quorum meeting = quorum(rule, expected, (p) -> true);
		List<ItemResult> results = new ArrayList<>();
		for (Item item : items) {
			Map<Long, PlanChoice> itemPlans = plans.getOrDefault(item.itemId(), Map.of());
			Map<Long, List<Concern>> byPerson = new LinkedHashMap<>();
			for (Concern concern : concerns) {
				if (item.organisationIds().contains(concern.directoryId())) {
					byPerson.computeIfAbsent(concern.personId(), (k) -> new ArrayList<>()).add(concern);
				}
			}
			List<Flag> flags = expected.stream()
				.filter((p) -> byPerson.containsKey(p.personId()))
				.map((p) -> new Flag(p, byPerson.get(p.personId()), itemPlans.get(p.personId())))
				.toList();
			Map<Long, Flag> flagged = new LinkedHashMap<>();
			flags.forEach((f) -> flagged.put(f.person().personId(), f));
			java.util.function.Predicate<Expected> takesPart = (p) -> {
				Flag flag = flagged.get(p.personId());
				if (flag == null) {
					return true;
				}
				if (flag.plan() == null) {
					return false;
				}
				return (item.purpose() == ItemPurpose.DECISION) ? flag.plan().decides() : flag.plan().discusses();
			};
			Expected chair = expected.stream().filter(Expected::chair).findFirst().orElse(null);
			boolean chairConflicted = chair != null && flagged.containsKey(chair.personId());
			Expected chairing = (chair != null && !chairConflicted) ? chair
					: expected.stream().filter((p) -> p.deputy() && !flagged.containsKey(p.personId())).findFirst()
						.orElse(null);
			Quorum quorum = item.purpose().isDebated() ? quorum(rule, expected, takesPart, chairing != null) : null;
			results.add(new ItemResult(item.itemId(), flags, chairing, chairConflicted, quorum));
		}
		List<Expected> noReturn = expected.stream().filter((p) -> !returned.contains(p.personId())).toList();
		return new Result(meeting, results, noReturn);
	}

	private static Quorum quorum(Rule rule, List<Expected> expected, java.util.function.Predicate<Expected> counts) {
		boolean chaired = expected.stream().anyMatch((p) -> (p.chair() || p.deputy()) && counts.test(p));
		return quorum(rule, expected, counts, chaired);
	}

	private static Quorum quorum(Rule rule, List<Expected> expected, java.util.function.Predicate<Expected> counts,
			boolean chaired) {
		int members = 0;
		int clinical = 0;
		for (Expected person : expected) {
			if (person.member() && counts.test(person)) {
				members++;
				if (person.clinical()) {
					clinical++;
				}
			}
		}
		return new Quorum(members, clinical, chaired, rule);
	}

}
