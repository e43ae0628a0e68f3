package org.pecgov.appointment.ballot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.pecgov.appointment.AppointCommand;
import org.pecgov.appointment.Appointment;
import org.pecgov.appointment.Holdings;
import org.pecgov.appointment.vacancy.Candidate;
import org.pecgov.appointment.vacancy.Vacancy;
import org.pecgov.appointment.vacancy.VacancyRules;
import org.pecgov.appointment.vacancy.VacancyService;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CommitteeService;
import org.pecgov.committee.Post;
import org.pecgov.committee.PostKind;
import org.pecgov.committee.PostService;
import org.pecgov.member.Person;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choosing the PEC chair (§5.5): the clinical members recommend by secret ballot (a confirmation when
 * there is one candidate), and the PCT chair confirms the appointment.
 */
@Service
@Transactional(readOnly = true)
public class BallotService {

	private final BallotRepository ballots;

	private final BallotMail mail;

	private final BallotBox box;

	private final VacancyService vacancies;

	private final VacancyRules rules;

	private final Holdings appointments;

	private final PostService posts;

	private final CommitteeService committees;

	private final Clock clock;

	BallotService(BallotRepository ballots, BallotBox box, VacancyService vacancies, VacancyRules rules,
			Holdings appointments,
			PostService posts, CommitteeService committees, Clock clock, BallotMail mail) {
		this.mail = mail;
		this.ballots = ballots;
		this.box = box;
		this.vacancies = vacancies;
		this.rules = rules;
		this.appointments = appointments;
		this.posts = posts;
		this.committees = committees;
		this.clock = clock;
	}

	/**
	 * The ballot of a vacancy as the signed-in user may see it.
	 * @param vacancyId the vacancy
	 * @return the view, or empty when no ballot was opened
	 */
	public Optional<BallotView> view(Long vacancyId) {
		Vacancy vacancy = this.vacancies.get(vacancyId);
		return this.ballots.findByVacancyId(vacancy.getId()).map((ballot) -> {
			Optional<Boolean> status = this.box.voterStatus(ballot.getId(), CurrentUser.get().getPersonId());
			List<BallotView.Count> counts = new ArrayList<>();
			int against = 0;
			if (!ballot.isOpen()) {
				Map<Long, Integer> count = this.box.count(ballot.getId());
				List<Candidate> candidates = this.vacancies.candidatesOf(vacancyId);
				Map<Long, Person> people = this.vacancies
					.peopleById(candidates.stream().map(Candidate::getPersonId).collect(Collectors.toSet()));
				for (Candidate candidate : candidates) {
					counts.add(new BallotView.Count(candidate.getId(), people.get(candidate.getPersonId()).getFullName(),
							count.getOrDefault(candidate.getId(), 0)));
				}
				against = count.getOrDefault(null, 0);
			}
			return new BallotView(ballot, this.box.eligible(ballot.getId()), this.box.voted(ballot.getId()),
					ballot.isOpen() && status.isPresent() && !status.get(), status.orElse(false), counts, against,
					!ballot.isOpen() && !ballot.isConfirmed() && vacancy.isOpen() && isPctChair());
		});
	}

	/**
	 * Opens the ballot: every clinical member of the PEC today may vote once.
	 * @param vacancyId the PEC chair's vacancy
	 * @return the ballot
	 */
	@Transactional
	public Ballot open(Long vacancyId) {
		Vacancy vacancy = this.vacancies.openOwned(vacancyId);
		if (!this.vacancies.isChairPost(vacancy)) {
			throw new FieldException("ballot", "ballot.notChair");
		}
		if (this.ballots.findByVacancyId(vacancyId).isPresent()) {
			throw new FieldException("ballot", "ballot.alreadyOpened");
		}
		if (this.vacancies.candidatesOf(vacancyId).isEmpty()) {
			throw new FieldException("ballot", "ballot.noCandidates");
		}
		Set<Long> voters = clinicalMembersToday();
		if (voters.isEmpty()) {
			throw new FieldException("ballot", "ballot.noVoters");
		}
		Ballot ballot = this.ballots.saveAndFlush(new Ballot(vacancy.getOrganisationId(), vacancyId, today()));
		this.box.enrol(ballot.getId(), voters);
		this.mail.opened(ballot, voters);
		return ballot;
	}

	/**
	 * The signed-in clinical member's vote.
	 * @param vacancyId the vacancy
	 * @param candidateId the candidate; null not to confirm a single candidate
	 */
	@Transactional
	public void vote(Long vacancyId, Long candidateId) {
		Ballot ballot = this.ballots.findByVacancyId(this.vacancies.get(vacancyId).getId())
			.orElseThrow(() -> new NotFoundException("Ballot", vacancyId));
		if (!ballot.isOpen()) {
			throw new FieldException("candidateId", "ballot.closed");
		}
		List<Candidate> candidates = this.vacancies.candidatesOf(vacancyId);
		boolean valid = (candidateId == null) ? candidates.size() == 1
				: candidates.stream().anyMatch((c) -> c.getId().equals(candidateId));
		if (!valid) {
			throw new FieldException("candidateId", "ballot.choice.invalid");
		}
		Long personId = CurrentUser.get().getPersonId();
		Optional<Boolean> status = this.box.voterStatus(ballot.getId(), personId);
		if (status.isEmpty()) {
			throw new FieldException("candidateId", "ballot.notEligible");
		}
		if (status.get() || !this.box.cast(ballot.getId(), personId, candidateId)) {
			throw new FieldException("candidateId", "ballot.alreadyVoted");
		}
	}

	@Transactional
	public Ballot close(Long vacancyId, long version) {
		this.vacancies.openOwned(vacancyId);
		Ballot ballot = this.ballots.findByVacancyId(vacancyId).orElseThrow(() -> new NotFoundException("Ballot", vacancyId));
		ballot.checkVersion(version);
		if (!ballot.isOpen()) {
			throw new FieldException("ballot", "ballot.closed");
		}
		if (this.box.voted(ballot.getId()) * 2 <= this.box.eligible(ballot.getId())) {
			throw new FieldException("ballot", "ballot.turnout");
		}
		ballot.close(today());
		return this.ballots.saveAndFlush(ballot);
	}

	/**
	 * The PCT chair appoints the recommended candidate.
	 * @param vacancyId the vacancy
	 * @param candidateId the candidate
	 * @param reasons the reasons
	 * @param command the term
	 * @return the appointment
	 */
	@Transactional
	public Appointment confirm(Long vacancyId, Long candidateId, String reasons, AppointCommand command) {
		if (!isPctChair()) {
			throw new AccessDeniedException("Only the PCT chair confirms the PEC chair");
		}
		Vacancy vacancy = this.vacancies.openOwned(vacancyId);
		Ballot ballot = this.ballots.findByVacancyId(vacancyId).orElseThrow(() -> new NotFoundException("Ballot", vacancyId));
		List<FieldException.Problem> problems = confirmProblemsOf(vacancyId, candidateId, null, null, null);
		Problems.refuse(problems);
		Appointment appointment = this.vacancies.fillAfterBallot(vacancy, candidateId, reasons, command);
		ballot.confirm(CurrentUser.actor(), today());
		this.ballots.saveAndFlush(ballot);
		return appointment;
	}

	/**
	 * What the rules of the PCT chair's confirmation find wrong with what was typed, without saving, so that
	 * the form says every problem at once: the ballot closed, the candidate the one recommended, and the
	 * appointment's own rules (the term, when given: the appointment checks it again when it is made).
	 * @param vacancyId the vacancy
	 * @param candidateId the candidate chosen, or null
	 * @param start the term's first day, or null
	 * @param end its last day, or null
	 * @param purpose a co-opted member's purpose, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> confirmProblemsOf(Long vacancyId, Long candidateId, LocalDate start,
			LocalDate end, String purpose) {
		this.vacancies.openOwned(vacancyId);
		Ballot ballot = this.ballots.findByVacancyId(vacancyId).orElseThrow(() -> new NotFoundException("Ballot", vacancyId));
		if (ballot.isOpen()) {
			return List.of(new FieldException.Problem("candidateId", "ballot.stillOpen"));
		}
		List<FieldException.Problem> problems = new ArrayList<>();
		if (candidateId == null) {
			problems.add(new FieldException.Problem("candidateId", "vacancy.decision.candidate"));
		}
		else {
			notRecommended(vacancyId, ballot, candidateId)
				.ifPresent((key) -> problems.add(new FieldException.Problem("candidateId", key)));
		}
		if (start != null) {
			problems.addAll(this.rules.appointmentProblemsOf(vacancyId, candidateId, start, end, purpose));
		}
		return problems;
	}

	/**
	 * The PCT chair confirms whom the clinical members recommended: the one candidate with the most
	 * votes, or a single candidate confirmed by more votes than not.
	 */
	private Optional<String> notRecommended(Long vacancyId, Ballot ballot, Long candidateId) {
		Map<Long, Integer> count = this.box.count(ballot.getId());
		List<Candidate> candidates = this.vacancies.candidatesOf(vacancyId);
		int chosen = count.getOrDefault(candidateId, 0);
		if (candidates.size() == 1) {
			return (chosen <= count.getOrDefault(null, 0)) ? Optional.of("ballot.notConfirmed") : Optional.empty();
		}
		int top = candidates.stream().mapToInt((c) -> count.getOrDefault(c.getId(), 0)).max().orElse(0);
		long atTop = candidates.stream().filter((c) -> count.getOrDefault(c.getId(), 0) == top).count();
		if (atTop > 1) {
			return Optional.of("ballot.tie");
		}
		return (chosen != top) ? Optional.of("ballot.notRecommended") : Optional.empty();
	}

	/**
	 * Open ballots in which the signed-in user may still vote, for their start pages.
	 * @return the vacancies' ids
	 */
	public List<Long> openBallotsForMe() {
		Long personId = CurrentUser.get().getPersonId();
		if (personId == null) {
			return List.of();
		}
		List<Long> open = this.vacancies.list().stream().filter(Vacancy::isOpen).map(Vacancy::getId).toList();
		return (open.isEmpty() ? List.<Ballot>of() : this.ballots.findByVacancyIdIn(open))
			.stream()
			.filter(Ballot::isOpen)
			.filter((b) -> this.box.voterStatus(b.getId(), personId).map((voted) -> !voted).orElse(false))
			.map(Ballot::getVacancyId)
			.toList();
	}

	/**
	 * Closed ballots whose winner awaits the PCT chair's confirmation, when the signed-in user is the PCT chair.
	 * @return the vacancies' ids
	 */
	public List<Long> awaitingMyConfirmation() {
		List<Vacancy> open = this.vacancies.list().stream().filter(Vacancy::isOpen).toList();
		if (open.isEmpty() || !isPctChair()) {
			return List.of();
		}
		return this.ballots.findByVacancyIdIn(open.stream().map(Vacancy::getId).toList())
			.stream()
			.filter((b) -> !b.isOpen() && !b.isConfirmed())
			.map(Ballot::getVacancyId)
			.toList();
	}

	/**
	 * Whether the signed-in user holds the chair of the PCT's Board today.
	 * @return true for the PCT chair
	 */
	public boolean isPctChair() {
		PecgovPrincipal user = CurrentUser.get();
		if (user.getPersonId() == null) {
			return false;
		}
		Optional<Committee> board = this.committees.committees().stream().filter((c) -> c.getKind() == CommitteeKind.BOARD)
			.findFirst();
		if (board.isEmpty()) {
			return false;
		}
		Set<Long> chairPosts = this.posts.postsOf(board.get().getId())
			.stream()
			.filter((p) -> p.getKind() == PostKind.CHAIR)
			.map(Post::getId)
			.collect(Collectors.toSet());
		LocalDate today = today();
		return !chairPosts.isEmpty() && this.appointments.historyOfPosts(chairPosts)
			.stream()
			.anyMatch((a) -> a.getPersonId().equals(user.getPersonId()) && a.isCurrent(today));
	}

	private Set<Long> clinicalMembersToday() {
		Committee pec = this.committees.pec();
		Set<Long> clinicalPosts = this.posts.postsOf(pec.getId())
			.stream()
			.filter((p) -> p.getKind().isClinical())
			.map(Post::getId)
			.collect(Collectors.toSet());
		LocalDate today = today();
		return clinicalPosts.isEmpty() ? Set.of()
				: this.appointments.historyOfPosts(clinicalPosts)
					.stream()
					.filter((a) -> a.isCurrent(today))
					.map(Appointment::getPersonId)
					.collect(Collectors.toSet());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Whether a vacancy has had a ballot (open or closed).
	 * @param vacancyId the vacancy
	 * @return whether it has
	 */
	public boolean hasBallot(Long vacancyId) {
		return this.ballots.findByVacancyId(vacancyId).isPresent();
	}

}
