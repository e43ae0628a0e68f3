package org.pecgov.interest.round;

import java.util.List;
import java.util.Set;

import org.pecgov.indicator.Indicator;
import org.pecgov.indicator.Measure;
import org.pecgov.security.CurrentUser;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declarations as indicators: post holders who made their return in the round (the one open, or the last one),
 * of those expected; breaches still open.
 */
@Component
@Order(20)
@Transactional(readOnly = true)
class RoundIndicators implements Measure.Source {

	private final RoundService rounds;

	private final BreachRepository breaches;

	RoundIndicators(RoundService rounds, BreachRepository breaches) {
		this.rounds = rounds;
		this.breaches = breaches;
	}

	@Override
	public List<Measure> measures() {
		Long organisationId = CurrentUser.readableOrganisationId();
		DeclarationRound round = this.rounds.round(organisationId);
		Set<Long> expected = this.rounds.expected(organisationId, round);
		Set<Long> outstanding = this.rounds.outstandingOf(expected, organisationId, round);
		return List.of(Measure.share(Indicator.RETURNS, expected.size() - outstanding.size(), expected.size(), "/interests"),
				Measure.count(Indicator.BREACHES_OPEN,
						this.breaches.countByOrganisationIdAndStatus(organisationId, Breach.Status.OPEN),
						"/interests/breaches"));
	}

}
