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

	AppraisalCard(AppraisalRepository appraisals, TrainingService training, Clock clock) {
		this.appraisals = appraisals;
		this.training = training;
		this.clock = clock;
	}

	@Override
	public Optional<PersonCard> cardFor(Long personId, boolean ownRecord) {
		Role role = CurrentUser.get().getRole();
		boolean appraisal = ownRecord || role == Role.ADMIN || role == Role.CHAIR;
		boolean courses = appraisal || role == Role.SECRETARY;
		if (!courses) {
			return Optional.empty();
		}
		List<PersonCard.Row> rows = new ArrayList<>();
		if (appraisal) {
			Optional<Appraisal> latest = this.appraisals.findByPersonIdAndSupersededFalseOrderByPeriodToDesc(personId)
				.stream()
				.filter((a) -> CurrentUser.organisationId().equals(a.getOrganisationId()))
				.findFirst();
			rows.add(latest.map((a) -> PersonCard.Row
				.of("card.appraisal.latest", a.isLocked() ? "card.appraisal.signed" : "card.appraisal.open", PersonCard.day(a.getPeriodTo()))
				.linked("/appraisals/" + a.getId())).orElseGet(() -> PersonCard.Row.of("card.appraisal.latest", "card.appraisal.none")));
		}
		long courseCount = this.training.countOf(personId, LocalDate.now(this.clock).minusYears(1));
		rows.add(PersonCard.Row.of("card.training.year", "card.value.count", courseCount));
		List<PersonCard.Action> actions = new ArrayList<>();
		actions.add(new PersonCard.Action("card.training.see", "/training"));
		return Optional.of(new PersonCard(40, appraisal ? "card.appraisal.title" : "card.training.title", rows, actions));
	}

}
