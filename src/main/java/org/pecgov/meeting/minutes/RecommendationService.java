package org.pecgov.meeting.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeKind;
import org.pecgov.committee.CommitteeService;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.meeting.agenda.AgendaService;
import org.pecgov.meeting.agenda.ItemDetails;
import org.pecgov.meeting.agenda.ItemPurpose;
import org.pecgov.meeting.agenda.ItemRemoved;
import org.pecgov.meeting.screening.Screening;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations to the Board (Fit to Lead §3.10): the PEC (or a sub-committee) makes them with the decision on an
 * item; the secretary sends them with the item's statement of conflicts, puts those sent on a coming Board agenda in
 * one step (the Board's members are then screened on the organisations the item concerned), and records the Board's
 * decision.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

	public static final int PAGE_SIZE = 25;

	/** The longest title of an agenda item. */
	private static final int TITLE_MAX = 300;

	private static final Set<RecommendationStatus> OUTCOMES = EnumSet.of(RecommendationStatus.ACCEPTED,
			RecommendationStatus.REJECTED, RecommendationStatus.DEFERRED);

	private final RecommendationRepository recommendations;

	private final MeetingService meetings;

	private final AgendaItems items;

	private final AgendaService agenda;

	private final Decisions decisions;

	private final ScreeningService screening;

	private final CommitteeService committees;

	private final MessageSource messages;

	private final Clock clock;

	RecommendationService(RecommendationRepository recommendations, MeetingService meetings, AgendaItems items,
			AgendaService agenda, Decisions decisions, ScreeningService screening, CommitteeService committees,
			MessageSource messages, Clock clock) {
		this.recommendations = recommendations;
		this.meetings = meetings;
		this.items = items;
		this.agenda = agenda;
		this.decisions = decisions;
		this.screening = screening;
		this.committees = committees;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The recommendations made on some items (of the PEC or a sub-committee), or taken as some items (of the Board),
	 * by item, in one statement.
	 * @param itemIds the items
	 * @return their recommendations, oldest first
	 */
	public Map<Long, List<Recommendation>> ofItems(Collection<Long> itemIds) {
		if (itemIds.isEmpty()) {
			return Map.of();
		}
		Set<Long> ids = new HashSet<>(itemIds);
		Map<Long, List<Recommendation>> byItem = new LinkedHashMap<>();
		this.recommendations.madeOrTakenOn(ids).forEach((r) -> {
			if (ids.contains(r.getItemId())) {
				byItem.computeIfAbsent(r.getItemId(), (k) -> new ArrayList<>()).add(r);
			}
			if (r.getBoardItemId() != null && ids.contains(r.getBoardItemId())) {
				byItem.computeIfAbsent(r.getBoardItemId(), (k) -> new ArrayList<>()).add(r);
			}
		});
		return byItem;
	}

	/**
	 * How many recommendations were made on some items.
	 * @param itemIds the items
	 * @return how many
	 */
	public long countOnItems(Collection<Long> itemIds) {
		return itemIds.isEmpty() ? 0 : this.recommendations.countByItemIdIn(itemIds);
	}

	/**
	 * What the rules find wrong with a recommendation about to be drafted, without saving, so that the form says every
	 * problem at once: it is made while the minutes are written (the meeting held, its minutes not yet approved), by
	 * the PEC or a sub-committee rather than the Board, on an item debated and decided.
	 * @param meetingId the meeting
	 * @param itemId the item
	 * @return the problems
	 */
	public List<FieldException.Problem> problemsOf(Long meetingId, Long itemId) {
		Meeting meeting = this.meetings.get(meetingId);
		AgendaItem item = this.items.item(itemId, meetingId, meeting.getOrganisationId())
			.orElseThrow(() -> new NotFoundException("AgendaItem", itemId));
		Committee committee = this.committees.get(meeting.getCommitteeId());
		boolean decided = item.getPurpose().isDebated() && !this.decisions.ofItems(List.of(itemId)).isEmpty();
		return new Problems()
			.when(meeting.getStatus() == MeetingStatus.MINUTES_APPROVED, "text", "minutes.locked")
			.when(meeting.getStatus() != MeetingStatus.HELD && meeting.getStatus() != MeetingStatus.MINUTES_APPROVED,
					"text", "minutes.notHeld")
			.when(committee.getKind() == CommitteeKind.BOARD, "text", "recommendation.byBoard")
			.when(item.getPurpose() == ItemPurpose.INFORMATION, "text", "recommendation.information")
			.when(item.getPurpose().isDebated() && !decided, "text", "recommendation.undecided")
			.list();
	}

	/**
	 * Drafts a recommendation to the Board on a decided item.
	 * @param meetingId the meeting, held and its minutes not yet approved
	 * @param itemId the item, debated and decided
	 * @param text what is recommended
	 * @return the recommendation, drafted
	 */
	@Transactional
	public Recommendation draft(Long meetingId, Long itemId, String text) {
		Meeting meeting = this.meetings.locked(meetingId);
		Problems.refuse(problemsOf(meetingId, itemId));
		return this.recommendations.saveAndFlush(new Recommendation(meeting.getOrganisationId(), meetingId, itemId,
				text.strip(), this.clock.instant()));
	}

	/**
	 * Rewords a recommendation not yet sent.
	 * @param id the recommendation
	 * @param version the version the user saw
	 * @param text what is recommended
	 * @return it
	 */
	@Transactional
	public Recommendation reword(Long id, long version, String text) {
		Recommendation recommendation = writable(id);
		recommendation.checkVersion(version);
		drafted(recommendation);
		recommendation.reword(text.strip());
		return this.recommendations.saveAndFlush(recommendation);
	}

	/**
	 * Withdraws a recommendation not yet sent.
	 * @param id the recommendation
	 * @param version the version the user saw
	 * @return what it was
	 */
	@Transactional
	public Recommendation withdraw(Long id, long version) {
		Recommendation recommendation = writable(id);
		recommendation.checkVersion(version);
		drafted(recommendation);
		this.recommendations.delete(recommendation);
		this.recommendations.flush();
		return recommendation;
	}

	/**
	 * Sends a drafted recommendation to the Board, with the statement of conflicts on its item as it stands: who was
	 * conflicted, in what, how it was handled, who chaired the item and whether it stayed quorate.
	 * @param id the recommendation
	 * @param version the version the user saw
	 * @return it, sent
	 */
	@Transactional
	public Recommendation send(Long id, long version) {
		Recommendation recommendation = writable(id);
		recommendation.checkVersion(version);
		drafted(recommendation);
		MeetingPage page = this.screening.page(recommendation.getMeetingId());
		Screening.ItemResult result = page.resultOf(recommendation.getItemId());
		List<Recommendation.Conflict> conflicts = new ArrayList<>();
		for (Screening.Flag flag : result.flags()) {
			String interests = flag.concerns()
				.stream()
				.map((c) -> c.description() + " (" + page.organisations().get(c.directoryId()) + ")")
				.collect(Collectors.joining("; "));
			conflicts.add(new Recommendation.Conflict(flag.person().name(), interests,
					(flag.plan() != null) ? flag.plan().name() : null,
					page.noteOf(recommendation.getItemId(), flag.person().personId())));
		}
		recommendation.send(LocalDate.now(this.clock), (result.chair() != null) ? result.chair().name() : null,
				(result.quorum() != null) ? result.quorum().isQuorate() : null, conflicts);
		return this.recommendations.saveAndFlush(recommendation);
	}

	/**
	 * The PCT's recommendations waiting for a Board agenda: sent, or deferred by the Board.
	 * @return them, oldest first
	 */
	public List<Recommendation> awaitingAgenda() {
		return this.recommendations.findByOrganisationIdAndStatusInOrderByIdAsc(CurrentUser.readableOrganisationId(),
				EnumSet.of(RecommendationStatus.SENT, RecommendationStatus.DEFERRED));
	}

	/**
	 * What a Board meeting's page of recommendations shows: those on its agenda, and those waiting for an agenda.
	 * @param boardMeetingId the Board meeting
	 * @return them, with the meetings and items they were made at
	 */
	public Board board(Long boardMeetingId) {
		List<Long> itemIds = this.items.agenda(this.meetings.get(boardMeetingId).getId())
			.stream()
			.map(AgendaItem::getId)
			.toList();
		List<Recommendation> on = itemIds.isEmpty() ? List.of() : this.recommendations.findByBoardItemIdIn(itemIds);
		List<Recommendation> waiting = awaitingAgenda();
		List<Recommendation> all = new ArrayList<>(on);
		all.addAll(waiting);
		Map<Long, Meeting> meetingsById = this.meetings
			.byIds(all.stream().map(Recommendation::getMeetingId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Meeting::getId, Function.identity()));
		Map<Long, String> titles = this.items.byIds(all.stream().map(Recommendation::getItemId).toList())
			.stream()
			.collect(Collectors.toMap(AgendaItem::getId, AgendaItem::getTitle));
		return new Board(on, waiting, meetingsById, titles, this.meetings.committeeNames());
	}

	/**
	 * The recommendations of a Board meeting's page.
	 * @param onAgenda those on its agenda
	 * @param waiting those waiting for an agenda
	 * @param meetings the meetings that made them, by id
	 * @param titles the titles of the items they were made on, by item id
	 * @param committees the PCT's committees' names, by id
	 */
	public record Board(List<Recommendation> onAgenda, List<Recommendation> waiting, Map<Long, Meeting> meetings,
			Map<Long, String> titles, Map<Long, String> committees) {

		public String committeeOf(Recommendation recommendation) {
			Meeting meeting = this.meetings.get(recommendation.getMeetingId());
			return (meeting != null) ? this.committees.get(meeting.getCommitteeId()) : null;
		}

	}

	/**
	 * What the rules find wrong with putting recommendations on a Board meeting's agenda: a coming meeting of the
	 * PCT's Board, and recommendations of the PCT that wait for an agenda.
	 * @param boardMeetingId the Board meeting
	 * @param ids the recommendations chosen
	 * @return the problems
	 */
	public List<FieldException.Problem> agendaProblemsOf(Long boardMeetingId, Collection<Long> ids) {
		Meeting board = this.meetings.get(boardMeetingId);
		Committee committee = this.committees.get(board.getCommitteeId());
		Set<Long> waiting = awaitingAgenda().stream().map(Recommendation::getId).collect(Collectors.toSet());
		return new Problems().when(committee.getKind() != CommitteeKind.BOARD, "ids", "recommendation.board.notBoard")
			.when(!board.isAgendaOpen(), "ids", "agenda.locked")
			.when(ids == null || ids.isEmpty(), "ids", "recommendation.board.none")
			.when(ids != null && !waiting.containsAll(ids), "ids", "recommendation.board.unknown")
			.list();
	}

	/**
	 * Puts recommendations on a Board meeting's agenda, in one step: each becomes an item for decision concerning the
	 * organisations its own item concerned (so the Board's members are screened on them), public when its item was.
	 * @param boardMeetingId the Board meeting, whose agenda is open
	 * @param ids the recommendations, sent or deferred
	 * @return the recommendations, now on the agenda
	 */
	@Transactional
	public List<Recommendation> putOnAgenda(Long boardMeetingId, Collection<Long> ids) {
		this.meetings.locked(boardMeetingId);
		Problems.refuse(agendaProblemsOf(boardMeetingId, ids));
		Long organisationId = CurrentUser.organisationId();
		List<Recommendation> chosen = this.recommendations.findAllById(new HashSet<>(ids))
			.stream()
			.filter((r) -> r.getOrganisationId().equals(organisationId))
			.sorted(java.util.Comparator.comparing(Recommendation::getId))
			.toList();
		Map<Long, AgendaItem> sources = this.items.byIds(chosen.stream().map(Recommendation::getItemId).toList())
			.stream()
			.collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
		Map<Long, Meeting> sourceMeetings = this.meetings
			.byIds(chosen.stream().map(Recommendation::getMeetingId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Meeting::getId, Function.identity()));
		Map<Long, String> committeeNames = this.meetings.committeeNames();
		for (Recommendation recommendation : chosen) {
			AgendaItem source = sources.get(recommendation.getItemId());
			Meeting made = sourceMeetings.get(recommendation.getMeetingId());
			String from = committeeNames.get(made.getCommitteeId());
			// public on the Board's agenda only when the public could see it where it was made
			AgendaItem added = this.agenda.add(boardMeetingId,
					new ItemDetails(title(from, recommendation.getText()), ItemPurpose.DECISION, from,
							source.isPublicItem() && made.isPublicMeeting(), source.getOrganisationIds(),
							source.getFunction(), null));
			recommendation.putOn(boardMeetingId, added.getId());
		}
		return this.recommendations.saveAllAndFlush(chosen);
	}

	/**
	 * What the rules find wrong with recording the Board's decision: a recommendation on the agenda of a Board meeting
	 * that has been held, and an outcome (accepted, rejected or deferred).
	 * @param id the recommendation
	 * @param outcome the outcome
	 * @return the problems
	 */
	public List<FieldException.Problem> outcomeProblemsOf(Long id, RecommendationStatus outcome) {
		Recommendation recommendation = readable(id);
		Meeting board = (recommendation.getBoardMeetingId() != null)
				? this.meetings.byId(recommendation.getBoardMeetingId()).orElse(null) : null;
		boolean onAgenda = recommendation.getStatus() == RecommendationStatus.ON_AGENDA
				|| (recommendation.getStatus().isDecided() && board != null);
		return new Problems().when(outcome == null || !OUTCOMES.contains(outcome), "outcome",
				"recommendation.outcome.required")
			.when(!onAgenda, "outcome", "recommendation.outcome.notOnAgenda")
			.when(onAgenda && board != null && board.isAgendaOpen(), "outcome", "recommendation.outcome.notHeld")
			.list();
	}

	/**
	 * Records the Board's decision on a recommendation on its agenda, dated the day of its meeting.
	 * @param id the recommendation
	 * @param version the version the user saw
	 * @param outcome accepted, rejected or deferred
	 * @param decision what the Board decided, in its words, or null
	 * @return it
	 */
	@Transactional
	public Recommendation decide(Long id, long version, RecommendationStatus outcome, String decision) {
		Recommendation recommendation = writable(id);
		recommendation.checkVersion(version);
		Problems.refuse(outcomeProblemsOf(id, outcome));
		Meeting board = this.meetings.get(recommendation.getBoardMeetingId());
		recommendation.decide(outcome, (decision == null || decision.isBlank()) ? null : decision.strip(),
				board.getDate());
		return this.recommendations.saveAndFlush(recommendation);
	}

	/**
	 * Takes a recommendation back off a Board agenda when its item is removed: it waits for an agenda again.
	 * @param event the item removed
	 */
	@EventListener
	@Transactional
	public void onItemRemoved(ItemRemoved event) {
		List<Recommendation> on = this.recommendations.findByBoardItemIdIn(List.of(event.itemId()));
		on.forEach(Recommendation::takenOff);
		this.recommendations.saveAll(on);
	}

	/**
	 * A recommendation of the PCT the user reads.
	 * @param id the recommendation
	 * @return it, with its item and meetings
	 */
	public Detail detail(Long id) {
		Recommendation recommendation = this.recommendations.withConflicts(id, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("Recommendation", id));
		Set<Long> meetingIds = new HashSet<>();
		meetingIds.add(recommendation.getMeetingId());
		if (recommendation.getBoardMeetingId() != null) {
			meetingIds.add(recommendation.getBoardMeetingId());
		}
		Map<Long, Meeting> meetingsById = this.meetings.byIds(meetingIds)
			.stream()
			.collect(Collectors.toMap(Meeting::getId, Function.identity()));
		AgendaItem item = this.items.byIds(List.of(recommendation.getItemId())).stream().findFirst().orElseThrow();
		return new Detail(recommendation, item, meetingsById.get(recommendation.getMeetingId()),
				(recommendation.getBoardMeetingId() != null) ? meetingsById.get(recommendation.getBoardMeetingId())
						: null,
				this.meetings.committeeNames());
	}

	/**
	 * A recommendation with what its page shows.
	 * @param recommendation the recommendation
	 * @param item the item it was made on
	 * @param meeting the meeting that made it
	 * @param board the Board meeting it is on the agenda of, or null
	 * @param committees the PCT's committees' names, by id
	 */
	public record Detail(Recommendation recommendation, AgendaItem item, Meeting meeting, Meeting board,
			Map<Long, String> committees) {

		public String committee() {
			return this.committees.get(this.meeting.getCommitteeId());
		}

	}

	/**
	 * The PCT's recommendations, those waiting on someone first, in a fixed number of statements.
	 * @param status only those at this status, or null for all
	 * @param page the page, from 0
	 * @return the page
	 */
	public ListPage list(RecommendationStatus status, int page) {
		Page<Recommendation> list = this.recommendations.list(CurrentUser.readableOrganisationId(), status,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		Set<Long> meetingIds = new HashSet<>();
		list.forEach((r) -> {
			meetingIds.add(r.getMeetingId());
			if (r.getBoardMeetingId() != null) {
				meetingIds.add(r.getBoardMeetingId());
			}
		});
		Map<Long, Meeting> meetingsById = this.meetings.byIds(meetingIds)
			.stream()
			.collect(Collectors.toMap(Meeting::getId, Function.identity()));
		Map<Long, String> titles = this.items.byIds(list.stream().map(Recommendation::getItemId).toList())
			.stream()
			.collect(Collectors.toMap(AgendaItem::getId, AgendaItem::getTitle));
		return new ListPage(list, meetingsById, titles, this.meetings.committeeNames(), status);
	}

	/**
	 * A page of recommendations.
	 * @param recommendations the recommendations
	 * @param meetings the meetings that made them and the Board meetings they are on, by id
	 * @param titles the titles of the items they were made on, by item id
	 * @param committees the PCT's committees' names, by id
	 * @param status the status listed, or null for all
	 */
	public record ListPage(Page<Recommendation> recommendations, Map<Long, Meeting> meetings, Map<Long, String> titles,
			Map<Long, String> committees, RecommendationStatus status) {

		public String committeeOf(Recommendation recommendation) {
			Meeting meeting = this.meetings.get(recommendation.getMeetingId());
			return (meeting != null) ? this.committees.get(meeting.getCommitteeId()) : null;
		}

	}

	private String title(String from, String text) {
		String prefix = this.messages.getMessage("recommendation.board.title", new Object[] { from }, Locale.UK);
		String title = prefix + " " + text.replaceAll("\\s+", " ");
		return (title.length() <= TITLE_MAX) ? title : title.substring(0, TITLE_MAX - 1) + "\u2026";
	}

	private static void drafted(Recommendation recommendation) {
		if (recommendation.getStatus() != RecommendationStatus.DRAFTED) {
			throw new FieldException("text", "recommendation.sent");
		}
	}

	private Recommendation readable(Long id) {
		return this.recommendations.findByIdAndOrganisationId(id, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("Recommendation", id));
	}

	private Recommendation writable(Long id) {
		return this.recommendations.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Recommendation", id));
	}

}
