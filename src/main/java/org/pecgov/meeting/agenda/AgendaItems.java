package org.pecgov.meeting.agenda;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agenda items and their papers as the other features of a meeting read them (screening, minutes, the
 * published pages); {@link AgendaService} is where the secretary changes an agenda.
 */
@Component
@Transactional(readOnly = true)
public class AgendaItems {

	private final AgendaItemRepository items;

	private final PaperRepository papers;

	AgendaItems(AgendaItemRepository items, PaperRepository papers) {
		this.items = items;
		this.papers = papers;
	}

	/**
	 * A meeting's agenda in order, with the organisations each item concerns, in one statement.
	 * @param meetingId the meeting
	 * @return its items
	 */
	public List<AgendaItem> agenda(Long meetingId) {
		return this.items.agenda(meetingId);
	}

	/**
	 * An item of a meeting of a PCT.
	 * @param id the item
	 * @param meetingId the meeting
	 * @param organisationId the PCT
	 * @return it, if it is on that meeting
	 */
	public Optional<AgendaItem> item(Long id, Long meetingId, Long organisationId) {
		return this.items.findByIdAndMeetingIdAndOrganisationId(id, meetingId, organisationId);
	}

	/**
	 * Some items, of any meeting, with the organisations each concerns, in one statement.
	 * @param ids the items
	 * @return those that exist
	 */
	public List<AgendaItem> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.items.byIds(ids);
	}

	/**
	 * The position of a meeting's last item.
	 * @param meetingId the meeting
	 * @return its position, 0 for an empty agenda
	 */
	public int lastPosition(Long meetingId) {
		return this.items.lastPosition(meetingId);
	}

	/**
	 * Saves an item whose minutes were written.
	 * @param item the item
	 * @return it, saved
	 */
	@Transactional
	public AgendaItem save(AgendaItem item) {
		return this.items.saveAndFlush(item);
	}

	/**
	 * The papers of some items, without their content.
	 * @param itemIds the items
	 * @return their papers
	 */
	public List<PaperInfo> papersOf(Collection<Long> itemIds) {
		return this.papers.infoOf(itemIds);
	}

	/**
	 * A paper with its content.
	 * @param id the paper
	 * @return it, if it exists
	 */
	public Optional<Paper> paper(Long id) {
		return this.papers.findById(id);
	}

	/**
	 * Which of some meetings have minutes written for at least one item.
	 * @param meetingIds the meetings
	 * @return those that have
	 */
	public java.util.Set<Long> withMinutes(Collection<Long> meetingIds) {
		return meetingIds.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(this.items.meetingsWithMinutes(meetingIds));
	}

	/**
	 * The agendas of several meetings, each in order, with the organisations each item concerns, in one statement.
	 * @param meetingIds the meetings
	 * @return their items, by meeting id
	 */
	public java.util.Map<Long, List<AgendaItem>> agendas(Collection<Long> meetingIds) {
		java.util.Map<Long, List<AgendaItem>> byMeeting = new java.util.HashMap<>();
		if (!meetingIds.isEmpty()) {
			this.items.agendas(meetingIds)
				.forEach((i) -> byMeeting.computeIfAbsent(i.getMeetingId(), (k) -> new java.util.ArrayList<>()).add(i));
		}
		return byMeeting;
	}

}
