package org.pecgov.interest.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import org.pecgov.demo.DemoPct;
import org.pecgov.demo.DemoSeed;
import org.pecgov.interest.Declaration;
import org.pecgov.interest.DeclarationDetails;
import org.pecgov.interest.DeclarationReview;
import org.pecgov.interest.DeclarationService;
import org.pecgov.interest.InterestCategory;
import org.pecgov.interest.InterestKind;
import org.pecgov.interest.directory.DirectoryOrganisation;
import org.pecgov.interest.directory.DirectoryService;
import org.pecgov.interest.directory.DirectoryType;
import org.pecgov.interest.gift.GiftDetails;
import org.pecgov.interest.gift.GiftKind;
import org.pecgov.interest.gift.GiftService;
import org.pecgov.interest.round.DeclarationRound;
import org.pecgov.interest.round.RoundReturn;
import org.pecgov.interest.round.RoundService;
import org.pecgov.member.Person;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo PCT's directory of organisations and its members' declarations of interest. Runs as the
 * PCT's administrator would (the caller sets the security context).
 */
@Component
@Order(2)
class DemoInterests implements DemoSeed {

	private final DirectoryService directory;

	private final DeclarationService declarations;

	private final RoundService rounds;

	private final GiftService gifts;

	private final Clock clock;

	private final DeclarationReview review;

	DemoInterests(DirectoryService directory, DeclarationService declarations, RoundService rounds, GiftService gifts,
			Clock clock, DeclarationReview review) {
		this.review = review;
		this.directory = directory;
		this.declarations = declarations;
		this.rounds = rounds;
		this.gifts = gifts;
		this.clock = clock;
	}

	@Override
	public void seed(DemoPct pct) {
		pct.asAdministrator(() -> {
			pastRound(pct.people());
			build(pct.people(), pct.place());
		});
	}

	/**
	 * Builds the directory and declarations from the register, in DemoData's order.
	 * @param people the register
	 * @param place the PCT's place name, e.g. Northshire
	 */
	void build(List<Person> people, String place) {
		DirectoryOrganisation practice = add(DirectoryType.GP_PRACTICE, place.equals("Northshire")
				? "Riverside Medical Practice" : "Valley Road Health Centre", place.equals("Northshire") ? "M85001" : "M86002");
		DirectoryOrganisation second = add(DirectoryType.GP_PRACTICE, place.equals("Northshire") ? "Castlegate Surgery"
				: "Southvale Family Practice", place.equals("Northshire") ? "M85014" : "M86019");
		DirectoryOrganisation consortium = add(DirectoryType.PBC_CONSORTIUM, place + " Commissioning Consortium", null);
		DirectoryOrganisation trust = add(DirectoryType.NHS_PROVIDER, place + " Hospitals NHS Foundation Trust", "RX1");
		DirectoryOrganisation community = add(DirectoryType.INDEPENDENT_PROVIDER, place + " Community Health Ltd", null);
		DirectoryOrganisation pharmacy = add(DirectoryType.INDEPENDENT_PROVIDER,
				place.equals("Northshire") ? "Hartley's Pharmacy Ltd" : "Vale Pharmacies Ltd", null);
		add(DirectoryType.VOLUNTARY_PROVIDER, place + " Carers' Trust", null);
		DirectoryOrganisation supplier = add(DirectoryType.SUPPLIER, "MedSupply UK Ltd", null);
		DirectoryOrganisation council = add(DirectoryType.LOCAL_AUTHORITY, place + " Council", null);
		LocalDate today = LocalDate.now(this.clock);
		LocalDate start = today.minusDays(10);
		declare(people.get(0), InterestKind.FINANCIAL, null, InterestCategory.PBC_BUDGET,
				"Partner in a practice holding a practice-based commissioning budget", start, Set.of(practice, consortium),
				"Leaves the room for decisions on the consortium's plans");
		declare(people.get(1), InterestKind.FINANCIAL, null, InterestCategory.SHAREHOLDING,
				"Shares in a community services provider", start, Set.of(community),
				"Takes no part in decisions on community services contracts");
		declare(people.get(1), InterestKind.NON_FINANCIAL_PROFESSIONAL, null, InterestCategory.OTHER,
				"Chair of the locality commissioning group", start, Set.of(consortium, second), null);
		declare(people.get(3), InterestKind.FINANCIAL, null, InterestCategory.OUTSIDE_EMPLOYMENT,
				"Superintendent pharmacist", start, Set.of(pharmacy), "Excluded from pharmacy contract decisions");
		// published by the secretary in other words than the declarant's (issue 17 §5)
		Declaration spouse = declare(people.get(5), InterestKind.INDIRECT, "Spouse", InterestCategory.OUTSIDE_EMPLOYMENT,
				"Spouse is a consultant at the local trust (cardiology, Ward 7, under Dr Ahmed)", today.minusDays(60),
				Set.of(trust), null, false);
		this.review.publish(spouse.getId(), this.review.get(spouse.getId()).declaration().getVersion(),
				"Spouse is a consultant at the local trust", null);
		// waiting for the secretary's review
		declare(people.get(10), InterestKind.NON_FINANCIAL_PROFESSIONAL, null, InterestCategory.OTHER,
				"Employed by the council as a director", start, Set.of(council), null, false);
		this.gifts.record(people.get(0).getId(), new GiftDetails(GiftKind.HOSPITALITY, trust.getName(), trust.getId(),
				false, "Dinner after the annual partnership conference", new BigDecimal("45.00"), today.minusDays(20), true,
				"Part of the conference programme", null));
		this.gifts.record(people.get(3).getId(), new GiftDetails(GiftKind.GIFT, supplier.getName(), supplier.getId(), true,
				"Case of wine at Christmas", new BigDecimal("60.00"), today.minusDays(40), false,
				"Gifts from suppliers are declined", null));
		this.gifts.record(people.get(1).getId(), new GiftDetails(GiftKind.HOSPITALITY, community.getName(),
				community.getId(), false, "Lunch at a service launch", new BigDecimal("20.00"), today.minusDays(5), true,
				null, null));
	}

	/**
	 * Everyone in a post made a return in the last closed round but the lay member and the optometrist,
	 * so that the breaches page has something to review.
	 */
	void pastRound(List<Person> people) {
		DeclarationRound last = this.rounds.current();
		int year = last.isClosed(LocalDate.now(this.clock)) ? last.year() : last.year() - 1;
		for (int i = 0; i < people.size(); i++) {
			if (i != 11 && i != 13) {
				this.rounds.recordPast(people.get(i).getId(), year, RoundReturn.Kind.NIL,
						DeclarationRound.of(year, MonthDay.from(last.opensOn()), MonthDay.from(last.closesOn()))
							.opensOn()
							.plusDays(20));
			}
		}
	}

	private DirectoryOrganisation add(DirectoryType type, String name, String code) {
		return this.directory.add(type, name, code);
	}

	private void declare(Person person, InterestKind kind, String relationship, InterestCategory category,
			String description, LocalDate from, Set<DirectoryOrganisation> concerned, String actions) {
		declare(person, kind, relationship, category, description, from, concerned, actions, true);
	}

	/** A declaration, published as declared (reviewed by the secretary) unless asked not to be. */
	private Declaration declare(Person person, InterestKind kind, String relationship, InterestCategory category,
			String description, LocalDate from, Set<DirectoryOrganisation> concerned, String actions, boolean publish) {
		Declaration declaration = this.declarations.declare(person.getId(), new DeclarationDetails(kind, relationship,
				category, description, from, null, actions, true,
				concerned.stream().map(DirectoryOrganisation::getId).collect(java.util.stream.Collectors.toSet())));
		if (publish) {
			this.review.publish(declaration.getId(), this.review.get(declaration.getId()).declaration().getVersion(),
					description, actions);
		}
		return declaration;
	}

}
