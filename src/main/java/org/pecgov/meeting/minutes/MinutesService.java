package org.pecgov.meeting.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.meeting.screening.Screening;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.meeting.screening.Statement;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a held meeting: minutes per item, decisions and votes, recommendations to the Board,
 * actions, the statement of conflicts; and their approval at a later meeting.
 */
@Service
@Transactional(readOnly = true)
public class MinutesService {

	public static final int PAGE_SIZE = 25;

	private final ScreeningService screening;

	private final MeetingService meetings;


	private final AgendaItems items;

	private final DecisionRepository decisions;

	private final ActionRepository actions;

	private final PersonService people;

	private final Clock clock;

	private final jakarta.persistence.EntityManager entityManager;

	private final org.pecgov.appointment.Holdings appointments;

	private final RecommendationService recommendations;

	MinutesService(ScreeningService screening, MeetingService meetings,
			AgendaItems items, DecisionRepository decisions, ActionRepository actions, PersonService people,
			Clock clock, jakarta.persistence.EntityManager entityManager,
			org.pecgov.appointment.Holdings appointments, RecommendationService recommendations) {
		this.recommendations = recommendations;
		this.entityManager = entityManager;
		this.appointments = appointments;
		this.screening = screening;
		this.meetings = meetings;
		this.items = items;
		this.decisions = decisions;
		this.actions = actions;
		this.people = people;
		this.clock = clock;
	}

	public MinutesPage minutes(Long meetingId) {
		MeetingPage page = this.screening.page(meetingId);
		List<Long> itemIds = page.items().stream().map(AgendaItem::getId).toList();
		Map<Long, Decision> decided = itemIds.isEmpty() ? Map.of()
				: this.decisions.findByItemIdIn(itemIds)
					.stream()
					.collect(Collectors.toMap(Decision::getItemId, Function.identity()));
		List<MeetingAction> agreed = this.actions.findByMeetingIdOrderByDueOnAscIdAsc(meetingId);
		Map<Long, String> owners = names(agreed.stream().map(MeetingAction::getOwnerId).collect(Collectors.toSet()));
		Meeting meeting = page.meeting();
		Meeting previous = this.meetings
			.before(meeting.getOrganisationId(),
					meeting.getCommitteeId(), meeting.getDate())
			.stream()
			.filter((m) -> m.getStatus() == MeetingStatus.HELD)
			.findFirst()
			.orElse(null);
		Meeting approvedAt = (meeting.getApprovedAtId() != null)
				? this.meetings.byId(meeting.getApprovedAtId()).orElse(null) : null;
		return new MinutesPage(page, decided, agreed, owners, Statement.of(page), previous, approvedAt,
				this.recommendations.ofItems(itemIds));
	}

	/**
	 * What the rules of a decision find wrong with what was typed, without saving, so that the form says every
	 * problem at once: only a debated item is decided, with an outcome, by no more votes than members eligible,
	 * and an item without a quorum is referred rather than decided.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @param decision what was typed
	 * @return the problems
	 */
	public List<FieldException.Problem> decisionProblemsOf(Long meetingId, Long itemId, DecisionForm decision) {
		Meeting meeting = this.meetings.get(meetingId);
		AgendaItem item = this.items.item(itemId, meetingId, meeting.getOrganisationId())
			.orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
		return decisionProblemsOf(meetingId, item, decision);
	}

	private List<FieldException.Problem> decisionProblemsOf(Long meetingId, AgendaItem item, DecisionForm decision) {
		if (decision == null || !decision.hasAnything()) {
			return List.of();
		}
		if (!item.getPurpose().isDebated()) {
			return List.of(new FieldException.Problem("outcome", "decision.information"));
		}
		int votes = value(decision.getVotesFor()) + value(decision.getVotesAgainst()) + value(decision.getAbstentions());
		Screening.ItemResult result = this.screening.page(meetingId).resultOf(item.getId());
		int eligible = (result.quorum() != null) ? result.quorum().members() : 0;
		return new Problems().when(decision.getOutcome() == null, "outcome", "decision.outcome.required")
			.when(votes > eligible, "votesFor", "decision.votes.tooMany")
			.when(result.isInquorate() && item.getReferredTo() == null, "outcome", "decision.inquorate")
			.list();
	}

	/**
	 * Records the minutes of an item and, where something was decided, the decision. Votes, when given,
	 * add up to no more than the members present and eligible to decide (those not excluded by the plan
	 * for their conflict).
	 * @param meetingId the meeting, which must have been held and its minutes not yet approved
	 * @param itemId the item
	 * @param version the version of the item the user saw
	 * @param minutes the minutes of the item
	 * @param decision the decision, or null when nothing was decided
	 * @return the item
	 */
	@Transactional
	public AgendaItem record(Long meetingId, Long itemId, long version, String minutes, DecisionForm decision) {
		Meeting meeting = this.meetings.locked(meetingId);
		if (meeting.getStatus() != MeetingStatus.HELD) {
			throw new FieldException("minutes", (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED)
					? "minutes.locked" : "minutes.notHeld");
		}
		AgendaItem item = this.items.item(itemId, meetingId, meeting.getOrganisationId())
			.orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
		item.checkVersion(version);
		boolean decided = decision != null && decision.hasAnything();
		List<FieldException.Problem> problems = decisionProblemsOf(meetingId, item, decision);
		Problems.refuse(problems);
		item.recordMinutes(minutes);
		// The item's version stands for its minutes and its decision together.
		this.entityManager.lock(item, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		Decision existing = this.decisions.findByItemId(itemId).orElse(null);
		if (decided) {
			Decision recorded = (existing != null) ? existing : new Decision(meeting.getOrganisationId(), itemId);
			recorded.record(decision.getOutcome(), decision.getVotesFor(), decision.getVotesAgainst(),
					decision.getAbstentions());
			this.decisions.save(recorded);
		}
		else if (existing != null) {
			if (this.recommendations.countOnItems(List.of(itemId)) > 0) {
				throw new FieldException("outcome", "decision.hasRecommendations");
			}
			this.decisions.delete(existing);
		}
		return this.items.save(item);
	}

	/**
	 * What the rules of an action find wrong with what was typed, without saving, so that the form says every
	 * problem at once: an item of the meeting, an owner from the register, due from the meeting's day to five
	 * years after it.
	 * @param meetingId the meeting
	 * @param itemId the item it arose from, or null
	 * @param ownerId who does it, or null
	 * @param dueOn by when, or null
	 * @return the problems
	 */
	public List<FieldException.Problem> actionProblemsOf(Long meetingId, Long itemId, Long ownerId, LocalDate dueOn) {
		return actionProblemsOf(this.meetings.get(meetingId), itemId, ownerId, dueOn);
	}

	private List<FieldException.Problem> actionProblemsOf(Meeting meeting, Long itemId, Long ownerId,
			LocalDate dueOn) {
		return new Problems()
			.when(itemId != null && this.items.item(itemId, meeting.getId(), meeting.getOrganisationId()).isEmpty(),
					"itemId", "action.item.unknown")
			.when(ownerId == null || this.people.byIds(List.of(ownerId)).isEmpty(), "ownerId", "action.owner.unknown")
			.when(dueOn != null && dueOn.isBefore(meeting.getDate()), "dueOn", "action.due.beforeMeeting")
			.when(dueOn != null && dueOn.isAfter(meeting.getDate().plusYears(5)), "dueOn", "action.due.tooFar")
			.list();
	}

	/**
	 * Records an action agreed at a meeting.
	 * @param meetingId the meeting
	 * @param itemId the item it arose from, or null
	 * @param description what is to be done
	 * @param ownerId who does it, from the member register
	 * @param dueOn by when, not before the meeting
	 * @return the action
	 */
	@Transactional
	public MeetingAction addAction(Long meetingId, Long itemId, String description, Long ownerId, LocalDate dueOn) {
		Meeting meeting = this.meetings.locked(meetingId);
		if (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED) {
			throw new FieldException("description", "minutes.locked");
		}
		if (meeting.getStatus() != MeetingStatus.HELD) {
			throw new FieldException("description", "action.notHeld");
		}
		List<FieldException.Problem> problems = actionProblemsOf(meeting, itemId, ownerId, dueOn);
		Problems.refuse(problems);
		return this.actions.saveAndFlush(new MeetingAction(meeting.getOrganisationId(), meetingId, itemId,
				description, ownerId, dueOn));
	}

	/**
	 * Marks an action done, cancelled or open again: the secretary, or its owner.
	 * @param actionId the action
	 * @param version the version the user saw
	 * @param status its new status
	 * @return the action
	 */
	@Transactional
	public MeetingAction setStatus(Long actionId, long version, ActionStatus status) {
		MeetingAction action = this.actions.findByIdAndOrganisationId(actionId, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("MeetingAction", actionId));
		Role role = CurrentUser.get().getRole();
		boolean staff = role == Role.ADMIN || role == Role.SECRETARY;
		if (!staff && !action.getOwnerId().equals(CurrentUser.get().getPersonId())) {
			throw new NotFoundException("MeetingAction", actionId);
		}
		action.checkVersion(version);
		action.moveTo(status);
		return this.actions.saveAndFlush(action);
	}

	/**
	 * Actions across the PCT's meetings, overdue first; a member sees their own.
	 * @param mine only the user's own
	 * @param page the page, from 0
	 * @return the page
	 */
	public ActionsPage actions(boolean mine, int page) {
		Long personId = CurrentUser.get().getPersonId();
		boolean own = mine || CurrentUser.get().getRole() == Role.MEMBER;
		Page<MeetingAction> list = this.actions.list(CurrentUser.readableOrganisationId(),
				own ? ((personId != null) ? personId : -1L) : null, LocalDate.now(this.clock),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Set<Long> meetingIds = list.stream().map(MeetingAction::getMeetingId).collect(Collectors.toSet());
		Map<Long, Meeting> meetings = this.meetings.byIds(meetingIds)
			.stream()
			.collect(Collectors.toMap(Meeting::getId, Function.identity()));
		return new ActionsPage(list, meetings,
				names(list.stream().map(MeetingAction::getOwnerId).collect(Collectors.toSet())),
				LocalDate.now(this.clock), own);
	}

	/**
	 * A page of actions.
	 * @param actions the actions
	 * @param meetings their meetings, by id
	 * @param owners their owners' names, by person id
	 * @param today today, to tell which are overdue
	 * @param own whether only the user's own are listed
	 */
	public record ActionsPage(Page<MeetingAction> actions, Map<Long, Meeting> meetings, Map<Long, String> owners,
			LocalDate today, boolean own) {
	}

	private Map<Long, String> names(Set<Long> ids) {
		return this.people.byIds(new HashSet<>(ids))
			.stream()
			.collect(Collectors.toMap(Person::getId, Person::getFullName));
	}

	private static int value(Integer number) {
		return (number != null) ? number : 0;
	}

}
