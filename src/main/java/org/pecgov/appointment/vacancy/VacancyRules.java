package org.pecgov.appointment.vacancy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pecgov.appointment.AppointmentService;
import org.pecgov.appointment.ballot.BallotService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the rules of a vacancy find wrong with what was typed, without saving: opening one, its candidates and
 * the panel's decision. The forms show these with their own problems, and {@link VacancyService} checks them
 * again as it saves.
 */
@Component
@Transactional(readOnly = true)
public class VacancyRules {

	private final ObjectProvider<VacancyService> vacancies;

	private final VacancyRepository vacancyRecords;

	private final CandidateRepository candidates;

	private final PanelMemberRepository panel;

	private final PostService posts;

	private final PersonService people;

	private final AppointmentService appointments;

	private final SettingsService settings;

	private final java.util.function.Predicate<Long> ballotOpened;

	VacancyRules(ObjectProvider<VacancyService> vacancies, VacancyRepository vacancyRecords,
			CandidateRepository candidates, PanelMemberRepository panel, PostService posts, PersonService people,
			AppointmentService appointments, SettingsService settings, ObjectProvider<BallotService> ballots) {
		this.vacancies = vacancies;
		this.vacancyRecords = vacancyRecords;
		this.candidates = candidates;
		this.panel = panel;
		this.posts = posts;
		this.people = people;
		this.appointments = appointments;
		this.settings = settings;
		this.ballotOpened = (vacancyId) -> ballots.getObject().hasBallot(vacancyId);
	}

	/**
	 * What the rules of opening a vacancy find wrong, without saving: a post in use without an open vacancy.
	 * @param postId the post chosen, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> openProblemsOf(Long postId) {
		if (postId == null) {
			return List.of();
		}
		Post post = this.posts.get(postId);
		return new Problems().when(post.isRetired(), "postId", "vacancy.post.retired")
			.when(this.vacancyRecords.existsByPostIdAndStatus(postId, VacancyStatus.OPEN), "postId", "vacancy.post.alreadyOpen")
			.list();
	}

	/**
	 * What the rules of a candidate find wrong, without saving: someone not retired, not already a candidate or
	 * on the panel, before any ballot opens.
	 * @param vacancyId the vacancy
	 * @param personId the person chosen, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> candidateProblemsOf(Long vacancyId, Long personId) {
		Vacancy vacancy = this.vacancies.getObject().openOwned(vacancyId);
		if (personId == null) {
			return List.of();
		}
		return new Problems().when(this.people.get(personId).isRetired(), "personId", "appointment.person.retired")
			.when(this.candidates.existsByVacancyIdAndPersonId(vacancy.getId(), personId), "personId",
					"vacancy.candidate.duplicate")
			.when(this.panel.existsByVacancyIdAndPersonId(vacancy.getId(), personId), "personId",
					"vacancy.candidate.onPanel")
			.when(this.ballotOpened.test(vacancy.getId()), "personId", "vacancy.candidate.ballot")
			.list();
	}

	/**
	 * What the rules of the panel's decision find wrong with what was typed, without saving, so that the form
	 * says every problem at once: a panel of the PCT's size, and the appointment's own rules for the candidate.
	 * @param vacancyId the vacancy
	 * @param candidateId the candidate chosen, or null
	 * @param start the term's first day, or null
	 * @param end its last day, or null
	 * @param purpose a co-opted member's purpose, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> decisionProblemsOf(Long vacancyId, Long candidateId, LocalDate start,
			LocalDate end, String purpose) {
		Vacancy vacancy = this.vacancies.getObject().openOwned(vacancyId);
		if (this.vacancies.getObject().isChairPost(vacancy)) {
			return List.of(new FieldException.Problem("candidateId", "vacancy.chair.ballot"));
		}
		List<FieldException.Problem> problems = new ArrayList<>(panelProblemsOf(vacancy));
		problems.addAll(appointmentProblemsOf(vacancyId, candidateId, start, end, purpose));
		return problems;
	}

	/**
	 * What the rules of the appointment that fills a vacancy find wrong with what was typed, without saving.
	 * @param vacancyId the vacancy
	 * @param candidateId the candidate chosen, or null
	 * @param start the term's first day, or null
	 * @param end its last day, or null
	 * @param purpose a co-opted member's purpose, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> appointmentProblemsOf(Long vacancyId, Long candidateId, LocalDate start,
			LocalDate end, String purpose) {
		Vacancy vacancy = this.vacancies.getObject().get(vacancyId);
		Long personId = (candidateId != null) ? this.vacancies.getObject().candidate(vacancyId, candidateId).getPersonId() : null;
		return this.appointments.problemsOf(vacancy.getPostId(), personId, start, end, purpose);
	}

	/**
	 * Whether the panel is of the PCT's size, as it must be to decide.
	 * @param vacancy the vacancy
	 * @return the problem, if any
	 */
	List<FieldException.Problem> panelProblemsOf(Vacancy vacancy) {
		long panelSize = this.panel.countByVacancyId(vacancy.getId());
		PctSettings rules = this.settings.of(vacancy.getOrganisationId());
		// the panel, not a field of the decision: said with whatever is wrong with the candidate chosen
		return new Problems().when(panelSize < rules.getPanelMin() || panelSize > rules.getPanelMax(), "panel",
				"vacancy.panel.size", rules.getPanelMin(), rules.getPanelMax())
			.list();
	}

}
