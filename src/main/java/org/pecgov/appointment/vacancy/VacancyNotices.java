package org.pecgov.appointment.vacancy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.ballot.BallotService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.home.HomeNotice;
import org.pecgov.home.HomeNotice.Urgency;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments in progress on the home pages: for administrators each open vacancy with the stage it is at;
 * for a panel member the candidates they have still to score; for a voter the ballots open; for the PCT chair
 * the ballots whose result awaits their confirmation.
 */
@Component
@Order(30)
@Transactional(readOnly = true)
class VacancyNotices implements HomeNotice.Source {

	private final VacancyService vacancies;

	private final CandidateRepository candidates;

	private final PanelMemberRepository panel;

	private final ScoreRepository scores;

	private final PostService posts;

	private final SettingsService settings;

	private final BallotService ballots;

	private final MessageSource messages;

	VacancyNotices(VacancyService vacancies, CandidateRepository candidates, PanelMemberRepository panel,
			ScoreRepository scores, PostService posts, SettingsService settings, BallotService ballots,
			MessageSource messages) {
		this.vacancies = vacancies;
		this.candidates = candidates;
		this.panel = panel;
		this.scores = scores;
		this.posts = posts;
		this.settings = settings;
		this.ballots = ballots;
		this.messages = messages;
	}

	/** Where an open vacancy is: labels are in messages.properties as {@code home.vacancyStage.NAME}. */
	enum Stage {

		CANDIDATES, PANEL, SCORES, DECISION

	}

	@Override
	public List<HomeNotice> forCurrentUser() {
		PecgovPrincipal user = CurrentUser.get();
		if (!Role.PCT_ROLES.contains(user.getRole()) || user.getOrganisationId() == null) {
			return List.of();
		}
		List<Vacancy> open = this.vacancies.list().stream().filter(Vacancy::isOpen).toList();
		List<HomeNotice> notices = new ArrayList<>();
		if (!open.isEmpty()) {
			Set<Long> ids = open.stream().map(Vacancy::getId).collect(Collectors.toSet());
			List<Candidate> candidateList = this.candidates.findByVacancyIdIn(ids);
			List<PanelMember> panelList = this.panel.findByVacancyIdIn(ids);
			ScoreGaps gaps = new ScoreGaps(this.scores, candidateList);
			Set<String> scored = gaps.scored();
			Map<Long, Post> postsById = this.posts.allPosts()
				.stream()
				.collect(Collectors.toMap(Post::getId, Function.identity()));
			if (user.getRole() == Role.ADMIN) {
				int panelMin = this.settings.of(user.getOrganisationId()).getPanelMin();
				List<String> lines = open.stream()
					.map((v) -> say("home.todo.vacancyLine", title(postsById, v), say("home.vacancyStage."
							+ stage(v, candidateList, panelList, scored, panelMin).name())))
					.toList();
				notices.add(HomeNotice.of(Urgency.TO_DO, "home.todo.VACANCIES", new Object[] { open.size() }, lines,
						(open.size() == 1) ? "/vacancies/" + open.get(0).getId() : "/vacancies",
						"home.todo.act.vacancies"));
			}
			if (user.getPersonId() != null) {
				notices.addAll(toScore(user.getPersonId(), open, panelList, gaps, postsById));
			}
		}
		List<Long> ballotsOpen = this.ballots.openBallotsForMe();
		if (!ballotsOpen.isEmpty()) {
			notices.add(HomeNotice.of(Urgency.DUE_SOON, "home.todo.BALLOTS", new Object[] { ballotsOpen.size() },
					List.of(), "/vacancies/" + ballotsOpen.get(0) + "/ballot", "home.todo.act.ballot"));
		}
		List<Long> toConfirm = this.ballots.awaitingMyConfirmation();
		if (!toConfirm.isEmpty()) {
			notices.add(HomeNotice.of(Urgency.DUE_SOON, "home.todo.CONFIRMATIONS", new Object[] { toConfirm.size() },
					List.of(), "/vacancies/" + toConfirm.get(0) + "/ballot", "home.todo.act.confirm"));
		}
		return notices;
	}

	private List<HomeNotice> toScore(Long me, List<Vacancy> open, List<PanelMember> panelList, ScoreGaps gaps,
			Map<Long, Post> postsById) {
		List<HomeNotice> notices = new ArrayList<>();
		for (PanelMember seat : panelList) {
			if (!seat.getPersonId().equals(me)) {
				continue;
			}
			long unscored = gaps.unscored(seat);
			if (unscored > 0) {
				Vacancy vacancy = open.stream().filter((v) -> v.getId().equals(seat.getVacancyId())).findFirst().orElseThrow();
				notices.add(HomeNotice.of(Urgency.DUE_SOON, "home.todo.SCORES",
						new Object[] { unscored, title(postsById, vacancy) }, List.of(), "/vacancies/" + vacancy.getId() + "/candidates",
						"home.todo.act.scores"));
			}
		}
		return notices;
	}

	/**
	 * The stage an open vacancy is at: finding candidates, forming its interview panel, scoring (until every
	 * panel member has scored every candidate), then the decision.
	 * @param vacancy the vacancy
	 * @param candidates the candidates of the open vacancies
	 * @param panel the panel members of the open vacancies
	 * @param scored candidate and panel member pairs that have scores, as {@code candidateId:panelMemberId}
	 * @param panelMin the fewest members of a panel
	 * @return the stage
	 */
	static Stage stage(Vacancy vacancy, List<Candidate> candidates, List<PanelMember> panel, Set<String> scored,
			int panelMin) {
		List<Candidate> its = candidates.stream().filter((c) -> c.getVacancyId().equals(vacancy.getId())).toList();
		List<PanelMember> seats = panel.stream().filter((p) -> p.getVacancyId().equals(vacancy.getId())).toList();
		if (its.isEmpty()) {
			return Stage.CANDIDATES;
		}
		if (seats.size() < panelMin) {
			return Stage.PANEL;
		}
		boolean allScored = its.stream()
			.allMatch((c) -> seats.stream().allMatch((p) -> scored.contains(c.getId() + ":" + p.getId())));
		return allScored ? Stage.DECISION : Stage.SCORES;
	}

	private static String title(Map<Long, Post> postsById, Vacancy vacancy) {
		Post post = postsById.get(vacancy.getPostId());
		return (post != null) ? post.getTitle() : "";
	}

	private String say(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
