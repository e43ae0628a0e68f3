package org.pecgov.appointment.vacancy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.committee.PostRequirement;
import org.pecgov.committee.PostService;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A vacancy's interview panel: who sits on it and how each panellist scores each candidate against the
 * competencies the post requires. {@link VacancyService} opens, decides and closes the vacancy.
 */
@Service
@Transactional(readOnly = true)
public class InterviewPanel {

	private final VacancyService vacancies;

	private final CandidateRepository candidates;

	private final PanelMemberRepository panel;

	private final ScoreRepository scores;

	private final PostService posts;

	private final PersonService people;

	private final SettingsService settings;

	InterviewPanel(VacancyService vacancies, CandidateRepository candidates, PanelMemberRepository panel,
			ScoreRepository scores, PostService posts, PersonService people, SettingsService settings) {
		this.vacancies = vacancies;
		this.candidates = candidates;
		this.panel = panel;
		this.scores = scores;
		this.posts = posts;
		this.people = people;
		this.settings = settings;
	}

	/**
	 * What the rules of a panel member find wrong, without saving: room on the panel, and someone not already on
	 * it nor a candidate.
	 * @param vacancyId the vacancy
	 * @param personId the person chosen, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> panellistProblemsOf(Long vacancyId, Long personId) {
		Vacancy vacancy = this.vacancies.openOwned(vacancyId);
		int most = this.settings.of(vacancy.getOrganisationId()).getPanelMax();
		return new org.pecgov.shared.Problems()
			.when(this.panel.countByVacancyId(vacancyId) >= most, "personId", "vacancy.panel.full", most)
			.when(personId != null && this.panel.existsByVacancyIdAndPersonId(vacancyId, personId), "personId",
					"vacancy.panel.duplicate")
			.when(personId != null && this.candidates.existsByVacancyIdAndPersonId(vacancyId, personId), "personId",
					"vacancy.panel.candidate")
			.list();
	}

	@Transactional
	public PanelMember addPanellist(Long vacancyId, Long personId, String role) {
		Vacancy vacancy = this.vacancies.openOwned(vacancyId);
		this.people.get(personId);
		List<FieldException.Problem> problems = panellistProblemsOf(vacancyId, personId);
		Problems.refuse(problems);
		return this.panel.save(new PanelMember(vacancy.getOrganisationId(), vacancy.getId(), personId, role));
	}

	@Transactional
	public void removePanellist(Long vacancyId, Long panelMemberId) {
		this.vacancies.openOwned(vacancyId);
		PanelMember member = this.panel.findById(panelMemberId)
			.filter((p) -> p.getVacancyId().equals(vacancyId))
			.orElseThrow(() -> new NotFoundException("PanelMember", panelMemberId));
		boolean scored = this.scores.findByCandidateIdIn(this.candidates.findByVacancyIdOrderById(vacancyId)
			.stream()
			.map(Candidate::getId)
			.toList()).stream().anyMatch((s) -> s.getPanelMemberId().equals(panelMemberId));
		if (scored) {
			throw new FieldException("panel", "vacancy.panel.hasScores");
		}
		this.panel.delete(member);
	}

	/**
	 * Which panellist the signed-in user may score as: an administrator any, a chair only themselves.
	 * @param vacancyId the vacancy
	 * @param panelMemberId the panellist asked for
	 * @return the panellist
	 */
	public PanelMember scorer(Long vacancyId, Long panelMemberId) {
		this.vacancies.get(vacancyId);
		PanelMember member = this.panel.findById(panelMemberId)
			.filter((p) -> p.getVacancyId().equals(vacancyId))
			.orElseThrow(() -> new NotFoundException("PanelMember", panelMemberId));
		PecgovPrincipal user = CurrentUser.get();
		if (user.getRole() == Role.ADMIN) {
			return member;
		}
		if (user.getRole() == Role.CHAIR && member.getPersonId().equals(user.getPersonId())) {
			return member;
		}
		throw new AccessDeniedException("Only the panellist or an administrator scores");
	}

	/**
	 * Records a panellist's scores of a candidate on the competencies the post requires.
	 * @param vacancyId the vacancy
	 * @param candidateId the candidate
	 * @param panelMemberId the panellist
	 * @param entries the scores
	 */
	@Transactional
	public void score(Long vacancyId, Long candidateId, Long panelMemberId, List<ScoreEntry> entries) {
		Vacancy vacancy = this.vacancies.get(vacancyId);
		if (!vacancy.isOpen()) {
			throw new FieldException("scores", "vacancy.closed");
		}
		PanelMember member = scorer(vacancyId, panelMemberId);
		Candidate candidate = this.candidates.findById(candidateId)
			.filter((c) -> c.getVacancyId().equals(vacancyId))
			.orElseThrow(() -> new NotFoundException("Candidate", candidateId));
		if (candidate.getPersonId().equals(member.getPersonId())) {
			throw new AccessDeniedException("Nobody scores themselves");
		}
		Set<Long> required = this.posts.specification(vacancy.getSpecificationId())
			.getRequirements()
			.stream()
			.map(PostRequirement::getCompetencyId)
			.collect(Collectors.toSet());
		for (ScoreEntry entry : entries) {
			if (!required.contains(entry.competencyId())) {
				throw new NotFoundException("Competency", entry.competencyId());
			}
			if (entry.score() == null) {
				continue;
			}
			this.scores.findByCandidateIdAndPanelMemberIdAndCompetencyId(candidate.getId(), member.getId(),
					entry.competencyId())
				.ifPresentOrElse((s) -> s.rescore(entry.score(), entry.evidence()),
						() -> this.scores.save(new Score(vacancy.getOrganisationId(), candidate.getId(), member.getId(),
								entry.competencyId(),
								entry.score(), entry.evidence())));
		}
	}

}
