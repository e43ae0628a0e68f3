package org.pecgov.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.pecgov.appraisal.training.TrainingService;
import org.pecgov.member.PersonCard;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's appraisal and training on their record: the latest appraisal (to administrators, the chair and the
 * member), and the courses of the last twelve months (the secretary too, who records training but reads no appraisal).
 */
@Component
@Transactional(readOnly = true)
class AppraisalCard implements PersonCard.Source {

	private final AppraisalRepository appraisals;

	private final TrainingService training;

	private final Clock clock;

	private final Appraisers appraisers;

	AppraisalCard(AppraisalRepository appraisals, TrainingService training, Clock clock, Appraisers appraisers) {
		this.appraisers = appraisers;
		this.appraisals = appraisals;
		this.training = training;
		this.clock = clock;
	}

	@Override
	public Optional<PersonCard> cardFor(Long personId, boolean ownRecord) {
		Role role = CurrentUser.get().getRole();
		Long me = CurrentUser.get().getPersonId();
		LocalDate today = LocalDate.now(this.clock);
		// as the appraisal itself: administrators, the appraisee, and their appraiser today; never the secretary
		boolean appraiser = !ownRecord && role == Role.CHAIR && me != null
				&& this.appraisers.appraiserOf(personId, today).filter(me::equals).isPresent();
		boolean appraisal = role == Role.ADMIN || (role != Role.SECRETARY && (ownRecord || appraiser));
		boolean courses = appraisal || role == Role.SECRETARY || role == Role.CHAIR;
		if (!courses) {
			return Optional.empty();
		}
		List<PersonCard.Row> rows = new ArrayList<>();
		if (appraisal) {
			Optional<Appraisal> latest = this.appraisals.findByPersonIdAndSupersededFalseOrderByPeriodToDesc(personId)
				.stream()
				.filter((a) -> CurrentUser.organisationId().equals(a.getOrganisationId()))
				.filter((a) -> !appraiser || me.equals(a.getAppraiserId()))
				.findFirst();
			rows.add(latest.map((a) -> PersonCard.Row
				.of("card.appraisal.latest", a.isLocked() ? "card.appraisal.signed" : "card.appraisal.open", PersonCard.day(a.getPeriodTo()))
				.linked("/appraisals/" + a.getId())).orElseGet(() -> PersonCard.Row.of("card.appraisal.latest", "card.appraisal.none")));
		}
		long courseCount = this.training.countOf(personId, today.minusYears(1));
		rows.add(PersonCard.Row.of("card.training.year", "card.value.count", courseCount));
		List<PersonCard.Action> actions = new ArrayList<>();
		actions.add(new PersonCard.Action("card.training.see", "/training?person=" + personId));
		return Optional.of(new PersonCard(40, appraisal ? "card.appraisal.title" : "card.training.title", rows, actions));
	}

}
