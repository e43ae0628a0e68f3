package org.pecgov.meeting.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.pecgov.meeting.agenda.ItemPurpose;
import org.pecgov.meeting.screening.Screening;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations to the Board (Fit to Lead §3.10) as the PEC (or a sub-committee) makes them: drafted with the decision
 * on an item, sent by the secretary with the item's statement of conflicts. {@link BoardRecommendations} is what happens
 * to them at the Board, {@link RecommendationPages} what the pages that list and show them read.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

	private final RecommendationRepository recommendations;

	private final MeetingService meetings;

	private final AgendaItems items;

	private final Decisions decisions;

	private final ScreeningService screening;

	private final CommitteeService committees;

	private final Clock clock;

	RecommendationService(RecommendationRepository recommendations, MeetingService meetings, AgendaItems items,
			Decisions decisions, ScreeningService screening, CommitteeService committees, Clock clock) {
		this.recommendations = recommendations;
		this.meetings = meetings;
		this.items = items;
		this.decisions = decisions;
		this.screening = screening;
		this.committees = committees;
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
		Recommendation recommendation = this.recommendations.ofPct(id, CurrentUser.organisationId());
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
		Recommendation recommendation = this.recommendations.ofPct(id, CurrentUser.organisationId());
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
		Recommendation recommendation = this.recommendations.ofPct(id, CurrentUser.organisationId());
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

	private static void drafted(Recommendation recommendation) {
		if (recommendation.getStatus() != RecommendationStatus.DRAFTED) {
			throw new FieldException("text", "recommendation.sent");
		}
	}

}
