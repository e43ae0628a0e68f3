package org.pecgov.meeting.screening;

import java.util.ArrayList;
import java.util.List;

import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.agenda.AgendaItem;

/**
 * The statement of conflicts of a meeting, for its minutes and for the Board: each conflict, the
 * interest, the item, how it was handled, who chaired the item and whether it stayed quorate
 * (Fit to lead §3.10, §4.7).
 */
public final class Statement {

	private Statement() {
	}

	/**
	 * One conflict.
	 * @param itemNumber the item's number on the agenda
	 * @param itemTitle the item
	 * @param personId who had the conflict
	 * @param person their name
	 * @param interests their interests, with the organisations concerned
	 * @param plan how it was handled, or null when no plan was recorded
	 * @param note the chair's note, or null
	 * @param chairedBy who chaired the item, or null when no one could
	 * @param quorate whether the item stayed quorate (null for an item for information)
	 */
	public record Line(int itemNumber, String itemTitle, Long personId, String person, List<String> interests,
			PlanChoice plan,
			String note, String chairedBy, Boolean quorate) {
	}

	/**
	 * The statement of a meeting.
	 * @param page the meeting, screened
	 * @return a line per conflict, in agenda order
	 */
	public static List<Line> of(MeetingPage page) {
		List<Line> lines = new ArrayList<>();
		int number = 0;
		for (AgendaItem item : page.items()) {
			number++;
			Screening.ItemResult result = page.resultOf(item.getId());
			for (Screening.Flag flag : result.flags()) {
				List<String> interests = flag.concerns()
					.stream()
					.map((c) -> c.description() + " (" + page.organisations().get(c.directoryId()) + ")")
					.toList();
				lines.add(new Line(number, item.getTitle(), flag.person().personId(), flag.person().name(), interests,
						flag.plan(),
						page.noteOf(item.getId(), flag.person().personId()),
						(result.chair() != null) ? result.chair().name() : null,
						(result.quorum() != null) ? result.quorum().isQuorate() : null));
			}
		}
		return lines;
	}

}
