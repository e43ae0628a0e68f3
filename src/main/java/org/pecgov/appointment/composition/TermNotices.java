package org.pecgov.appointment.composition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.CompositionRules;
import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PEC's make-up on the home pages of its chair and its administrators: clinical members who must step down
 * because they no longer practise, terms ending within 90 days; for administrators also the composition rules
 * not met and terms bunched in the staggering window.
 */
@Component
@Order(20)
@Transactional(readOnly = true)
class TermNotices implements HomeNotice.Source {

	static final int ENDING_WITHIN_DAYS = 90;

	private final TermsService terms;

	private final CompositionService composition;

	private final CommitteeService committees;

	private final MessageSource messages;

	private final Clock clock;

	TermNotices(TermsService terms, CompositionService composition, CommitteeService committees,
			MessageSource messages, Clock clock) {
		this.terms = terms;
		this.composition = composition;
		this.committees = committees;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		Role role = CurrentUser.get().getRole();
		if ((role != Role.CHAIR && role != Role.ADMIN) || CurrentUser.get().getOrganisationId() == null) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		List<HomeNotice> notices = new ArrayList<>();
		if (role == Role.ADMIN) {
			this.committees.committees().stream().filter(org.pecgov.committee.Committee::isPec).findFirst().ifPresent((pec) -> {
				List<String> broken = this.composition.composition(pec.getId())
					.results()
					.stream()
					.filter((r) -> !r.met() && !r.rule().isAdvisory())
					.map(this::say)
					.toList();
				if (!broken.isEmpty()) {
					notices.add(HomeNotice.of(Urgency.OVERDUE, "home.todo.COMPOSITION", new Object[] { broken.size() },
							broken, "/committees/" + pec.getId() + "/composition", "home.todo.act.composition"));
				}
			});
		}
		TermsView view = this.terms.terms();
		if (!view.stepDown().isEmpty()) {
			notices.add(HomeNotice.of(Urgency.OVERDUE, "home.todo.STEP_DOWN", new Object[] { view.stepDown().size() },
					view.stepDown().stream().map((l) -> l.name() + ", " + l.postTitle()).toList(), "/terms",
					"home.todo.act.terms"));
		}
		List<TermsView.Line> ending = view.endingSoon()
			.stream()
			.filter((l) -> !l.termEnd().isAfter(today.plusDays(ENDING_WITHIN_DAYS)))
			.toList();
		if (!ending.isEmpty()) {
			notices.add(HomeNotice.of(Urgency.DUE_SOON, "home.todo.TERMS_ENDING",
					new Object[] { ending.size(), ENDING_WITHIN_DAYS },
					ending.stream()
						.map((l) -> this.messages.getMessage("home.todo.termLine",
								new Object[] { l.name(), l.postTitle(), HomeNotice.day(l.termEnd()) },
								LocaleContextHolder.getLocale()))
						.toList(),
					"/terms", "home.todo.act.terms"));
		}
		if (role == Role.ADMIN && !view.staggerWarnings().isEmpty()) {
			TermsView.StaggerWarning first = view.staggerWarnings().get(0);
			notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.STAGGER",
					new Object[] { first.ending(), first.clinical(), HomeNotice.day(first.from()),
							HomeNotice.day(first.to()) },
					List.of(), "/terms", "home.todo.act.terms"));
		}
		return notices;
	}

	private String say(CompositionRules.Result result) {
		return this.messages.getMessage(result.messageKey(), result.arguments(), LocaleContextHolder.getLocale());
	}

}
