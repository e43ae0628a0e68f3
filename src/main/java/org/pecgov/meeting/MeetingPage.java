package org.pecgov.meeting;

import java.util.List;
import java.util.Map;

import org.pecgov.committee.Committee;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.ItemPurpose;
import org.pecgov.meeting.agenda.PaperInfo;
import org.pecgov.meeting.attendance.Attendance;
import org.pecgov.meeting.screening.PlanChoice;
import org.pecgov.meeting.screening.Screening;

/**
 * All that the pages of a meeting show, loaded in a fixed number of statements.
 * @param meeting the meeting
 * @param committee its committee
 * @param items its agenda, in order
 * @param papers the papers of each item, by item id
 * @param organisations the names of the organisations the items concern, by directory id
 * @param names the names of the people concerned, by person id
 * @param members the committee's members on the day (person ids), in post order
 * @param attendance the attendance recorded, by person id
 * @param screening what screening the agenda found, with quorum
 * @param notes the notes of the chair's plans, by item and person ({@code item:person})
 * @param planVersions the versions of the chair's plans, the same way
 */
public record MeetingPage(Meeting meeting, Committee committee, List<AgendaItem> items,
		Map<Long, List<PaperInfo>> papers, Map<Long, String> organisations, Map<Long, String> names,
		List<Long> members, Map<Long, Attendance> attendance, Screening.Result screening, Map<String, String> notes,
		Map<String, Long> planVersions) {

	/**
	 * The version of the chair's plan for someone on an item, for the form that changes it.
	 * @param itemId the item
	 * @param personId the person
	 * @return the version, or null when there is no plan
	 */
	public Long planVersionOf(Long itemId, Long personId) {
		return this.planVersions.get(itemId + ":" + personId);
	}


	/**
	 * The note the chair recorded with the plan for someone on an item.
	 * @param itemId the item
	 * @param personId the person
	 * @return the note, or null
	 */
	public String noteOf(Long itemId, Long personId) {
		return this.notes.get(itemId + ":" + personId);
	}

	public List<PaperInfo> papersOf(Long itemId) {
		return this.papers.getOrDefault(itemId, List.of());
	}

	/**
	 * Whether the chair said that someone receives no papers for an item.
	 * @param itemId the item
	 * @param personId the person, or null
	 * @return true when they receive none
	 */
	public boolean noPapers(Long itemId, Long personId) {
		Screening.ItemResult result = resultOf(itemId);
		return personId != null && result != null && result.flags()
			.stream()
			.anyMatch((f) -> f.person().personId().equals(personId) && f.plan() == PlanChoice.NO_PAPERS);
	}

	/**
	 * Who took no part in an item's decision (or its discussion, for an item for discussion) because of
	 * their conflict: those whose plan excludes them, or for whom no plan was recorded.
	 * @param itemId the item
	 * @return their names
	 */
	public List<String> excludedFrom(Long itemId) {
		AgendaItem item = this.items.stream().filter((i) -> i.getId().equals(itemId)).findFirst().orElse(null);
		Screening.ItemResult result = resultOf(itemId);
		if (item == null || result == null) {
			return List.of();
		}
		return result.flags()
			.stream()
			.filter((f) -> f.plan() == null || ((item.getPurpose() == ItemPurpose.DECISION) ? !f.plan().decides()
					: !f.plan().discusses()))
			.map((f) -> f.person().name())
			.toList();
	}

	/**
	 * The presenter of an item, when they are on the register and flagged on it: someone who presents an item in
	 * which they have an interest, which the agenda calls out.
	 * @param itemId the item
	 * @return their flag, or null
	 */
	public Screening.Flag presenterFlag(Long itemId) {
		AgendaItem item = this.items.stream().filter((i) -> i.getId().equals(itemId)).findFirst().orElse(null);
		Screening.ItemResult result = resultOf(itemId);
		if (item == null || item.getPresenterId() == null || result == null) {
			return null;
		}
		return result.flags()
			.stream()
			.filter((f) -> f.person().personId().equals(item.getPresenterId()))
			.findFirst()
			.orElse(null);
	}

	public Screening.ItemResult resultOf(Long itemId) {
		return this.screening.item(itemId);
	}

}
