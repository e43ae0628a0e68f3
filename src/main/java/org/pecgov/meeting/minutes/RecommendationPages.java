package org.pecgov.meeting.minutes;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages of recommendations to the Board read: the PCT's list, those waiting on someone first, and one
 * recommendation with its statement of conflicts, each in a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationPages {

	public static final int PAGE_SIZE = 25;

	private final RecommendationRepository recommendations;

	private final MeetingService meetings;

	private final AgendaItems items;

	RecommendationPages(RecommendationRepository recommendations, MeetingService meetings, AgendaItems items) {
		this.recommendations = recommendations;
		this.meetings = meetings;
		this.items = items;
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

}
