package org.pecgov.appointment.composition;

import java.util.Optional;
import java.util.stream.Collectors;

import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CommitteeService;
import org.pecgov.web.CompositionCheck;

import org.springframework.stereotype.Component;

/**
 * The PEC's composition rules not met now, for the pages that save what they count.
 */
@Component
class PecCompositionCheck implements CompositionCheck {

	private final CommitteeService committees;

	private final CompositionService composition;

	PecCompositionCheck(CommitteeService committees, CompositionService composition) {
		this.committees = committees;
		this.composition = composition;
	}

	@Override
	public Optional<Unmet> unmetNow() {
		return this.committees.committees()
			.stream()
			.filter((c) -> c.getKind() == CommitteeKind.PEC)
			.findFirst()
			.map((pec) -> new Unmet(pec.getId(), this.composition.composition(pec.getId())
				.results()
				.stream()
				.filter((r) -> !r.met() && !r.rule().isAdvisory())
				.map((r) -> r.rule().name())
				.collect(Collectors.toSet())));
	}

}
