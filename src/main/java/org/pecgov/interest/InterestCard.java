package org.pecgov.interest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pecgov.interest.gift.GiftService;
import org.pecgov.member.PersonCard;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's interests and gifts on their record: what they declare now, what waits for review, when they last
 * declared, and the gifts and hospitality of the last twelve months.
 */
@Component
@Transactional(readOnly = true)
class InterestCard implements PersonCard.Source {

	private final DeclarationRepository declarations;

	private final GiftService gifts;

	private final Clock clock;

	InterestCard(DeclarationRepository declarations, GiftService gifts, Clock clock) {
		this.declarations = declarations;
		this.gifts = gifts;
		this.clock = clock;
	}

	@Override
	public Optional<PersonCard> cardFor(Long personId, boolean ownRecord) {
		Role role = CurrentUser.get().getRole();
		boolean staff = role == Role.ADMIN || role == Role.CHAIR || role == Role.SECRETARY;
		if (!staff && !ownRecord) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<Declaration> all = this.declarations.findByPersonIdAndOrganisationIdOrderByFromDateDesc(personId,
				CurrentUser.organisationId());
		long current = all.stream().filter((d) -> d.getToDate() == null || !d.getToDate().isBefore(today)).count();
		long waiting = all.stream().filter((d) -> d.getReviewStatus() == ReviewStatus.PENDING).count();
		Optional<LocalDate> last = all.stream().map(Declaration::getDeclaredOn).filter(java.util.Objects::nonNull)
			.max(LocalDate::compareTo);
		long giftCount = this.gifts.countSince(personId, today.minusYears(1));
		String register = ownRecord ? "/declarations/mine" : "/interests?declarant=" + personId;
		List<PersonCard.Row> rows = new ArrayList<>();
		rows.add(PersonCard.Row.of("card.interests.current", "card.interests.currentValue", current).linked(register));
		if (waiting > 0) {
			rows.add(PersonCard.Row.of("card.interests.waiting", "card.interests.waitingValue", waiting));
		}
		rows.add(last.map((day) -> PersonCard.Row.of("card.interests.last", "card.value.text", PersonCard.day(day)))
			.orElseGet(() -> PersonCard.Row.of("card.interests.last", "card.interests.never")));
		rows.add(PersonCard.Row.of("card.interests.gifts", "card.interests.giftsValue", giftCount));
		List<PersonCard.Action> actions = new ArrayList<>();
		if (ownRecord) {
			actions.add(new PersonCard.Action("card.interests.declareOwn", "/declarations/new"));
		}
		else if (role == Role.ADMIN || role == Role.SECRETARY) {
			actions.add(new PersonCard.Action("member.interests.declare", "/declarations/new?person=" + personId));
			actions.add(new PersonCard.Action("member.interests.gift", "/gifts/new?person=" + personId));
		}
		return Optional.of(new PersonCard(20, "card.interests.title", rows, actions));
	}

}
