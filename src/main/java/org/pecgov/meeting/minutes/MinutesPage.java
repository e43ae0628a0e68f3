package org.pecgov.meeting.minutes;

import java.util.List;
import java.util.Map;

import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.screening.Statement;

/**
 * What the minutes of a meeting show.
 * @param page the meeting, screened
 * @param decisions the decisions, by item id
 * @param actions the actions agreed
 * @param owners the names of the actions' owners, by person id
 * @param statement the statement of conflicts
 * @param previous the committee's previous meeting whose minutes await approval, or null
 * @param approvedAt the meeting at which these minutes were approved, or null
 * @param recommendations the recommendations to the Board made on each item, by item id
 */
public record MinutesPage(MeetingPage page, Map<Long, Decision> decisions, List<MeetingAction> actions,
		Map<Long, String> owners, List<Statement.Line> statement, Meeting previous, Meeting approvedAt,
		Map<Long, List<Recommendation>> recommendations) {

	/**
	 * The actions agreed on an item.
	 * @param itemId the item
	 * @return them, by due date
	 */
	public List<MeetingAction> actionsOf(Long itemId) {
		return this.actions.stream().filter((a) -> itemId.equals(a.getItemId())).toList();
	}

	public List<Recommendation> recommendationsOf(Long itemId) {
		return this.recommendations.getOrDefault(itemId, List.of());
	}

	public Decision decisionOf(Long itemId) {
		return this.decisions.get(itemId);
	}

}
