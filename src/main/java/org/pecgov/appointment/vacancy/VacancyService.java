package org.pecgov.appointment.vacancy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.appointment.AppointCommand;
import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.AppointmentService;
import org.pecgov.appointment.ballot.BallotService;
import org.pecgov.appointment.ballot.BallotView;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostService;
import org.pecgov.committee.PostSpecification;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.organisation.PctSettings;
import org.pecgov.organisation.SettingsService;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointment by interview: vacancies, candidates, the panel, its scores and its decision.
 */
@Service
@Transactional(readOnly = true)
public class VacancyService {

	private final VacancyRepository vacancies;

	private final CandidateRepository candidates;

	private final PanelMemberRepository panel;

	private final ScoreRepository scores;

	private final PostService posts;

	private final CommitteeService committees;

	private final PersonService people;

	private final AppointmentService appointments;

	private final Clock clock;

	private final java.util.function.Predicate<Long> ballotOpened;

	private final SettingsService settings;

	private final VacancyRules rules;

	VacancyService(VacancyRepository vacancies, CandidateRepository candidates, PanelMemberRepository panel,
			ScoreRepository scores, PostService posts, CommitteeService committees, PersonService people,
			AppointmentService appointments, Clock clock, ObjectProvider<BallotService> ballots,
			SettingsService settings, VacancyRules rules) {
		this.rules = rules;
		this.settings = settings;
		this.ballotOpened = (vacancyId) -> ballots.getObject().hasBallot(vacancyId);
		this.vacancies = vacancies;
		this.candidates = candidates;
		this.panel = panel;
		this.scores = scores;
		this.posts = posts;
		this.committees = committees;
		this.people = people;
		this.appointments = appointments;
		this.clock = clock;
	}

	public List<Vacancy> list() {
		Long organisationId = CurrentUser.readableOrganisationId();
		return org.pecgov.shared.ReadMemo.get(List.of("vacancies", organisationId),
				() -> this.vacancies.findByOrganisationId(organisationId,
						Sort.by(Sort.Order.asc("status"), Sort.Order.desc("openedOn"), Sort.Order.desc("id"))));
	}

	public Vacancy get(Long id) {
		return this.vacancies.findByIdAndOrganisationId(id, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("Vacancy", id));
	}

	/**
	 * Everything a vacancy's page shows, in a fixed number of queries.
	 * @param id the vacancy
	 * @param ballot the chair's ballot as the user may see it, or null
	 * @return the view
	 */
	public VacancyView view(Long id, BallotView ballot) {
		Vacancy vacancy = get(id);
		Post post = this.posts.get(vacancy.getPostId());
		Committee committee = this.committees.get(post.getCommitteeId());
		PostSpecification specification = this.posts.specification(vacancy.getSpecificationId());
		List<Candidate> candidateList = this.candidates.findByVacancyIdOrderById(id);
		List<PanelMember> panelList = this.panel.findByVacancyIdOrderById(id);
		Set<Long> personIds = new HashSet<>();
		candidateList.forEach((c) -> personIds.add(c.getPersonId()));
		panelList.forEach((p) -> personIds.add(p.getPersonId()));
		Map<Long, String> names = this.people.byIds(personIds)
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
		List<Score> scoreList = candidateList.isEmpty() ? List.of()
				: this.scores.findByCandidateIdIn(candidateList.stream().map(Candidate::getId).toList());
		Map<String, Score> byKey = new HashMap<>();
		scoreList.forEach((s) -> byKey.put(s.getCandidateId() + ":" + s.getPanelMemberId() + ":" + s.getCompetencyId(), s));
		List<VacancyView.CandidateLine> lines = candidateList.stream().map((c) -> {
			List<Score> theirs = scoreList.stream().filter((s) -> s.getCandidateId().equals(c.getId())).toList();
			int total = theirs.stream().mapToInt(Score::getScore).sum();
			return new VacancyView.CandidateLine(c, names.get(c.getPersonId()), total,
					theirs.isEmpty() ? null : (double) total / theirs.size(), theirs.size());
		}).toList();
		List<VacancyView.PanelLine> panelLines = panelList.stream()
			.map((p) -> new VacancyView.PanelLine(p, names.get(p.getPersonId())))
			.toList();
		PctSettings rules = this.settings.of(vacancy.getOrganisationId());
		return new VacancyView(vacancy, post, committee, specification, lines, panelLines, byKey, ballot,
				rules.getPanelMin(), rules.getPanelMax());
	}


	@Transactional
	public Vacancy open(Long postId, String notes) {
		Long organisationId = CurrentUser.organisationId();
		Post post = this.posts.get(postId);
		Problems.refuse(this.rules.openProblemsOf(postId));
		return this.vacancies.save(new Vacancy(organisationId, postId, post.getCurrentSpecificationId(),
				LocalDate.now(this.clock), notes));
	}

	@Transactional
	public Candidate addCandidate(Long vacancyId, Long personId, String nominations) {
		Vacancy vacancy = openOwned(vacancyId);
		this.people.get(personId);
		Problems.refuse(this.rules.candidateProblemsOf(vacancy.getId(), personId));
		return this.candidates.save(new Candidate(vacancy.getOrganisationId(), vacancy.getId(), personId, nominations));
	}

	/**
	 * A candidate withdraws before anyone has scored them and before any ballot opens.
	 * @param vacancyId the vacancy
	 * @param candidateId the candidate
	 */
	@Transactional
	public void withdrawCandidate(Long vacancyId, Long candidateId) {
		Vacancy vacancy = openOwned(vacancyId);
		Candidate candidate = this.candidates.findById(candidateId)
			.filter((c) -> c.getVacancyId().equals(vacancy.getId()))
			.orElseThrow(() -> new NotFoundException("Candidate", candidateId));
		if (this.ballotOpened.test(vacancyId)) {
			throw new FieldException("candidate", "vacancy.candidate.ballot");
		}
		if (!this.scores.findByCandidateIdIn(List.of(candidateId)).isEmpty()) {
			throw new FieldException("candidate", "vacancy.candidate.scored");
		}
		this.candidates.delete(candidate);
	}

	public Candidate candidate(Long vacancyId, Long candidateId) {
		get(vacancyId);
		return this.candidates.findById(candidateId)
			.filter((c) -> c.getVacancyId().equals(vacancyId))
			.orElseThrow(() -> new NotFoundException("Candidate", candidateId));
	}

	/**
	 * The panel's decision: appoints the chosen candidate and fills the vacancy.
	 * @param vacancyId the vacancy
	 * @param version the vacancy's version the user saw
	 * @param candidateId the chosen candidate
	 * @param reasons the panel's reasons
	 * @param command the appointment's term and seat (its post and person are the vacancy's)
	 * @return the appointment
	 */
	@Transactional
	public Appointment decide(Long vacancyId, long version, Long candidateId, String reasons, AppointCommand command) {
		Vacancy vacancy = openOwned(vacancyId);
		vacancy.checkVersion(version);
		if (isChairPost(vacancy)) {
			throw new FieldException("candidateId", "vacancy.chair.ballot");
		}
		Problems.refuse(this.rules.panelProblemsOf(vacancy));
		return fill(vacancy, candidateId, reasons, command);
	}

	/**
	 * The PCT chair's confirmation of the clinical members' recommendation for PEC chair.
	 * @param vacancy the chair's vacancy
	 * @param candidateId the recommended candidate
	 * @param reasons the reasons
	 * @param command the term
	 * @return the appointment
	 */
	@Transactional
	public Appointment fillAfterBallot(Vacancy vacancy, Long candidateId, String reasons, AppointCommand command) {
		return fill(vacancy, candidateId, reasons, command);
	}

	public boolean isChairPost(Vacancy vacancy) {
		Post post = this.posts.get(vacancy.getPostId());
		return post.getKind().isChair() && this.committees.get(post.getCommitteeId()).isPec();
	}

	private Appointment fill(Vacancy vacancy, Long candidateId, String reasons, AppointCommand command) {
		Long vacancyId = vacancy.getId();
		Candidate candidate = candidate(vacancyId, candidateId);
		Appointment appointment = this.appointments.appoint(new AppointCommand(vacancy.getPostId(),
				candidate.getPersonId(), command.term(), command.boardSeat(), command.purpose(), command.confirmed(),
				command.renewalReason()), vacancyId);
		vacancy.decide(candidate.getId(), reasons, LocalDate.now(this.clock));
		this.vacancies.saveAndFlush(vacancy);
		return appointment;
	}

	@Transactional
	public Vacancy close(Long vacancyId, long version, String reasons) {
		Vacancy vacancy = openOwned(vacancyId);
		vacancy.checkVersion(version);
		vacancy.close(reasons, LocalDate.now(this.clock));
		return this.vacancies.saveAndFlush(vacancy);
	}

	public List<Candidate> candidatesOf(Long vacancyId) {
		return this.candidates.findByVacancyIdOrderById(vacancyId);
	}

	public Map<Long, Person> peopleById(Set<Long> ids) {
		return this.people.byIds(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
	}

	public Vacancy openOwned(Long vacancyId) {
		Vacancy vacancy = this.vacancies.findByIdAndOrganisationId(vacancyId, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Vacancy", vacancyId));
		if (!vacancy.isOpen()) {
			throw new FieldException("vacancy", "vacancy.closed");
		}
		return vacancy;
	}

	/**
	 * The open vacancies of a PCT.
	 * @param organisationId the PCT
	 * @return its open vacancies
	 */
	public List<Vacancy> openVacanciesOf(Long organisationId) {
		return this.vacancies.findByOrganisationIdAndStatus(organisationId, VacancyStatus.OPEN);
	}

	/**
	 * The mean interview score of each person appointed through a PCT's vacancies, per competency.
	 * @param organisationId the PCT
	 * @return per person id, the mean score per competency id
	 */
	public Map<Long, Map<Long, Double>> meanScores(Long organisationId) {
		Map<Long, Map<Long, Double>> means = new HashMap<>();
		for (Object[] row : this.scores.meanScores(organisationId)) {
			means.computeIfAbsent((Long) row[0], (k) -> new HashMap<>()).put((Long) row[1], ((Number) row[2]).doubleValue());
		}
		return means;
	}

	/**
	 * Whether a post has a vacancy open.
	 * @param postId the post
	 * @return whether it has
	 */
	public boolean hasOpen(Long postId) {
		return this.vacancies.existsByPostIdAndStatus(postId, VacancyStatus.OPEN);
	}

}
