package org.pecgov.appraisal.objective;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pecgov.appraisal.Appraisers;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
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
 * Post holders' objectives and their updates through the year. The appraiser (or an administrator) sets
 * them; the appraiser, an administrator or the post holder records how each stands.
 */
@Service
@Transactional(readOnly = true)
public class ObjectiveService {

	private final ObjectiveRepository objectives;

	private final ObjectiveUpdateRepository updates;

	private final PersonService people;

	private final Appraisers appraisers;

	private final Clock clock;

	ObjectiveService(ObjectiveRepository objectives, ObjectiveUpdateRepository updates, PersonService people,
			Appraisers appraisers, Clock clock) {
		this.objectives = objectives;
		this.updates = updates;
		this.people = people;
		this.appraisers = appraisers;
		this.clock = clock;
	}

	/**
	 * Someone's objectives, with their updates and what the user may do.
	 * @param personId the post holder (a member only their own)
	 * @return the page
	 */
	public ObjectivesPage of(Long personId) {
		Person person = visible(personId);
		List<Objective> list = this.objectives.findByPersonIdAndOrganisationIdOrderByDueOnAscIdAsc(personId,
				person.getOrganisationId());
		Map<Long, List<ObjectiveUpdate>> byObjective = list.isEmpty() ? Map.of()
				: this.updates.findByObjectiveIdInOrderByOnDateAscIdAsc(list.stream().map(Objective::getId).toList())
					.stream()
					.collect(Collectors.groupingBy(ObjectiveUpdate::getObjectiveId));
		boolean sets = maySet(personId);
		return new ObjectivesPage(person, list, byObjective, sets, sets || isSelf(personId),
				this.appraisers.holdsPost(personId, today()));
	}

	/**
	 * Whether an objective may be due on a day: from today to three years ahead.
	 * @param dueOn the day
	 * @return true if so
	 */
	public boolean dueInRange(LocalDate dueOn) {
		return !dueOn.isBefore(today()) && !dueOn.isAfter(today().plusYears(3));
	}

	/**
	 * What the rules of an objective find wrong, without saving, so that the form says every problem at once:
	 * the person holds a post today, and the objective is due from today to three years ahead.
	 * @param personId the post holder
	 * @param dueOn when it is due, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long personId, LocalDate dueOn) {
		visible(personId);
		if (!maySet(personId)) {
			throw new AccessDeniedException("Only the appraiser sets objectives");
		}
		return new Problems().when(!this.appraisers.holdsPost(personId, today()), "objective", "objective.notPostHolder")
			.when(dueOn != null && !dueInRange(dueOn), "dueOn", "objective.due.range")
			.list();
	}

	@Transactional
	public Objective set(Long personId, String leadArea, String objective, String measure, LocalDate dueOn) {
		return set(personId, leadArea, objective, measure, dueOn, null);
	}

	/**
	 * Sets an objective of a post holder, by their appraiser, with the PEC function it serves.
	 * @param personId the post holder
	 * @param leadArea their lead area
	 * @param objective what they are to achieve
	 * @param measure how it is measured, or null
	 * @param dueOn by when
	 * @param function the PEC function it serves, or null
	 * @return the objective
	 */
	@Transactional
	public Objective set(Long personId, String leadArea, String objective, String measure, LocalDate dueOn,
			org.pecgov.committee.PecFunction function) {
		Person person = visible(personId);
		if (!maySet(personId)) {
			throw new AccessDeniedException("Only the appraiser sets objectives");
		}
		List<FieldException.Problem> problems = problemsOf(personId, dueOn);
		Problems.refuse(problems);
		Objective set = new Objective(person.getOrganisationId(), personId, leadArea, objective, measure, dueOn,
				CurrentUser.actor());
		set.serve(function);
		return this.objectives.saveAndFlush(set);
	}

	/**
	 * Records how an objective stands today.
	 * @param personId the post holder
	 * @param objectiveId the objective
	 * @param version the version the user saw
	 * @param status how it stands
	 * @param note what was said
	 * @return the update
	 */
	@Transactional
	public ObjectiveUpdate update(Long personId, Long objectiveId, long version, ObjectiveStatus status, String note) {
		Person person = visible(personId);
		if (!maySet(personId) && !isSelf(personId)) {
			throw new AccessDeniedException("Only the appraiser or the post holder updates an objective");
		}
		Objective objective = this.objectives
			.findByIdAndPersonIdAndOrganisationId(objectiveId, personId, person.getOrganisationId())
			.orElseThrow(() -> new NotFoundException("Objective", objectiveId));
		objective.checkVersion(version);
		objective.moveTo(status);
		this.objectives.saveAndFlush(objective);
		return this.updates.saveAndFlush(new ObjectiveUpdate(person.getOrganisationId(), objectiveId, today(), status,
				note, CurrentUser.actor()));
	}

	/**
	 * Someone whose objectives the user may read: staff read anyone of their PCT; a member their own, or
	 * those they appraise (the PCT chair, a member by role, appraises the PEC chair).
	 */
	private Person visible(Long personId) {
		PecgovPrincipal user = CurrentUser.get();
		if (user.getRole() != Role.MEMBER || isSelf(personId)) {
			return this.people.get(personId);
		}
		if (maySet(personId)) {
			return this.people.byIds(List.of(personId))
				.stream()
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Person", personId));
		}
		throw new NotFoundException("Person", personId);
	}

	private boolean maySet(Long personId) {
		PecgovPrincipal user = CurrentUser.get();
		if (user.getRole() == Role.ADMIN) {
			return true;
		}
		return user.getPersonId() != null && this.appraisers.appraiserOf(personId, today())
			.map((appraiser) -> appraiser.equals(user.getPersonId()))
			.orElse(false);
	}

	private static boolean isSelf(Long personId) {
		return personId.equals(CurrentUser.get().getPersonId());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * A post holder's objectives.
	 * @param person who
	 * @param objectives their objectives, soonest due first
	 * @param updates each objective's updates, by objective id
	 * @param maySet whether the user sets objectives for them
	 * @param mayUpdate whether the user records updates
	 * @param postHolder whether they hold a post today
	 */
	public record ObjectivesPage(Person person, List<Objective> objectives, Map<Long, List<ObjectiveUpdate>> updates,
			boolean maySet, boolean mayUpdate, boolean postHolder) {

		public List<ObjectiveUpdate> updatesOf(Long objectiveId) {
			return this.updates.getOrDefault(objectiveId, List.of());
		}

	}

}
