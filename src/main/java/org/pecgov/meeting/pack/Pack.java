package org.pecgov.meeting.pack;

import java.time.LocalTime;
import java.util.List;

import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.PaperInfo;

/**
 * What a board pack holds for its reader: the meeting, the items they may see in agenda order with the papers they
 * receive, and (for those who run or chair the meeting) the conflicts matrix.
 * @param meeting the meeting
 * @param committee its committee's name
 * @param audience who the pack is for: a message key
 * @param items the items
 * @param matrix the conflicts, a row per person flagged, or empty when the reader does not see it
 * @param showMatrix whether the reader sees the conflicts matrix
 */
record Pack(Meeting meeting, String committee, String audience, List<Item> items, List<MatrixRow> matrix,
		boolean showMatrix) {

	/**
	 * Whether the pack is the public's: it then names no remote joining link and no change to a private item.
	 * @return true for the public's pack
	 */
	boolean forPublic() {
		return "pack.audience.public".equals(this.audience);
	}

	/**
	 * An item of the pack.
	 * @param number its number on the agenda
	 * @param item the item
	 * @param starts the time it starts, from the meeting's start and the time allotted to the items before it
	 * @param papers the papers the reader receives, in order
	 * @param withheld whether the reader receives no papers for it (the chair's plan for their conflict)
	 */
	record Item(int number, AgendaItem item, LocalTime starts, List<PaperInfo> papers, boolean withheld) {
	}

	/**
	 * Someone flagged on the agenda, and the chair's plan on each item they are flagged on.
	 * @param person their name
	 * @param cells a cell per item of the pack, null where they are not flagged
	 */
	record MatrixRow(String person, List<String> cells) {
	}

}
