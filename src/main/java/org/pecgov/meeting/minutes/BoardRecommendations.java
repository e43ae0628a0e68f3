package org.pecgov.meeting.minutes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.meeting.agenda.AgendaService;
import org.pecgov.meeting.agenda.ItemDetails;
import org.pecgov.meeting.agenda.ItemPurpose;
import org.pecgov.meeting.agenda.ItemRemoved;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.Problems;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations at the Board: the secretary puts those sent (or deferred) on a coming Board agenda in one step, each
 * an item for decision concerning the organisations its own item concerned (so the Board's members are screened on
 * them); an item taken off the agenda sends its recommendation back to wait; and the Board's decision is recorded.
 */
@Service
@Transactional(readOnly = true)
public class BoardRecommendations {

	/** The longest title of an agenda item. */
	private static final int TITLE_MAX = 300;

	private static final Set<RecommendationStatus> OUTCOMES = EnumSet.of(RecommendationStatus.ACCEPTED,
			RecommendationStatus.REJECTED, RecommendationStatus.DEFERRED);

	private final RecommendationRepository recommendations;

	private final MeetingService meetings;

	private final AgendaItems items;

	private final AgendaService agenda;

	private final CommitteeService committees;

	private final MessageSource messages;

	BoardRecommendations(RecommendationRepository recommendations, MeetingService meetings, AgendaItems items,
			AgendaService agenda, CommitteeService committees, MessageSource messages) {
		this.recommendations = recommendations;
		this.meetings = meetings;
		this.items = items;
		this.agenda = agenda;
		this.committees = committees;
		this.messages = messages;
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
		Recommendation recommendation = this.recommendations.ofPct(id, CurrentUser.readableOrganisationId());
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
		Recommendation recommendation = this.recommendations.ofPct(id, CurrentUser.organisationId());
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

	private String title(String from, String text) {
		String prefix = this.messages.getMessage("recommendation.board.title", new Object[] { from }, Locale.UK);
		String title = prefix + " " + text.replaceAll("\\s+", " ");
		return (title.length() <= TITLE_MAX) ? title : title.substring(0, TITLE_MAX - 1) + "\u2026";
	}

}
