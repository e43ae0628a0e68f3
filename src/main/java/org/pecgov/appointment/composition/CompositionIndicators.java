package org.pecgov.appointment.composition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.CompositionRules;
import org.pecgov.indicator.Indicator;
import org.pecgov.indicator.Measure;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PEC's make-up as indicators: posts filled, composition rules met, the clinical majority and the professions
 * (people, not posts, as the composition rules count them), terms ending within 12 months and whether more than
 * half of the clinical members leave within the PCT's staggering window.
 */
@Component
@Order(10)
@Transactional(readOnly = true)
class CompositionIndicators implements Measure.Source {

	private final CompositionService composition;

	private final TermsService terms;

	private final CommitteeService committees;

	private final Clock clock;

	CompositionIndicators(CompositionService composition, TermsService terms, CommitteeService committees,
			Clock clock) {
		this.composition = composition;
		this.terms = terms;
		this.committees = committees;
		this.clock = clock;
	}

	@Override
	public List<Measure> measures() {
		Optional<Committee> pec = this.committees.committees().stream().filter(Committee::isPec).findFirst();
		if (pec.isEmpty()) {
			return List.of();
		}
		String href = "/committees/" + pec.get().getId() + "/composition";
		CompositionView view = this.composition.composition(pec.get().getId());
		long filled = view.rows().stream().filter((r) -> !r.holders().isEmpty()).count();
		List<CompositionRules.Result> rules = view.results().stream().filter((r) -> !r.rule().isAdvisory()).toList();
		long met = rules.stream().filter(CompositionRules.Result::met).count();
		CompositionRules.Result majority = result(view, CompositionRules.Rule.CLINICAL_MAJORITY);
		CompositionRules.Result professions = result(view, CompositionRules.Rule.PROFESSIONS);
		TermsView termsView = this.terms.terms();
		LocalDate today = LocalDate.now(this.clock);
		return List.of(Measure.share(Indicator.POSTS_FILLED, filled, view.rows().size(), href),
				Measure.share(Indicator.COMPOSITION, met, rules.size(), href),
				Measure.share(Indicator.CLINICAL_MAJORITY, number(majority, 0), number(majority, 1), href),
				Measure.count(Indicator.PROFESSIONS, number(professions, 0), href),
				Measure.count(Indicator.TERMS_ENDING, termsView.endingSoon().size(), "/terms"),
				Measure.count(Indicator.CLINICAL_CLIFF,
						cliffEdge(termsView, today, termsView.windowMonths()) ? 1 : 0, "/terms"));
	}

	/**
	 * Whether more than half of the clinical members leave within a window from today: people whose last term
	 * ends in it (a renewed term ends nobody's membership).
	 * @param view the terms
	 * @param today today
	 * @param windowMonths the PCT's staggering window
	 * @return true at a cliff edge
	 */
	static boolean cliffEdge(TermsView view, LocalDate today, int windowMonths) {
		long leaving = view.clinicalMembers()
			.stream()
			.filter((l) -> l.termEnd() != null && !l.termEnd().isAfter(today.plusMonths(windowMonths)))
			.count();
		return view.clinicalCount() > 0 && leaving * 2 > view.clinicalCount();
	}

	private static CompositionRules.Result result(CompositionView view, CompositionRules.Rule rule) {
		return view.results().stream().filter((r) -> r.rule() == rule).findFirst().orElse(null);
	}

	private static long number(CompositionRules.Result result, int argument) {
		if (result == null || result.arguments().length <= argument
				|| !(result.arguments()[argument] instanceof Number n)) {
			return 0;
		}
		return n.longValue();
	}

}
