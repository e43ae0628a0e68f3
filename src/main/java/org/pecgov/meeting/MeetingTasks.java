package org.pecgov.meeting;

import java.util.List;

import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.web.Task;
import org.pecgov.web.Task.Status;

/**
 * A meeting's work in stages (agenda, publication, attendance, minutes, approval), each with how far it has got and
 * the page where it is done, for the NHS task list on the meeting's page.
 */
final class MeetingTasks {

	private MeetingTasks() {
	}

	/**
	 * @param page the meeting
	 * @param staff whether the user runs meetings (administrator, secretary): only they publish the agenda
	 * @param chair whether the user has the chair's role, who approves minutes (at the committee's next meeting)
	 * @param approvingMeeting the committee's next held meeting, where these minutes are approved, or null
	 * @return the stages, in order
	 */
	static List<Task> of(MeetingPage page, boolean staff, boolean chair, Meeting approvingMeeting) {
		Meeting meeting = page.meeting();
		String base = "/meetings/" + meeting.getId();
		MeetingStatus status = meeting.getStatus();
		boolean published = status != MeetingStatus.PLANNED;
		boolean held = status == MeetingStatus.HELD || status == MeetingStatus.MINUTES_APPROVED;
		boolean hasItems = !page.items().isEmpty();

		Status agenda = published ? Status.COMPLETED : (hasItems ? Status.IN_PROGRESS : Status.NOT_STARTED);
		Status publication = published ? Status.COMPLETED : (hasItems ? Status.NOT_STARTED : Status.CANNOT_START);

		long recorded = page.members().stream().filter(page.attendance()::containsKey).count();
		Status attendance = (recorded == 0) ? Status.NOT_STARTED
				: (recorded < page.members().size()) ? Status.IN_PROGRESS : Status.COMPLETED;

		long minuted = page.items().stream().map(AgendaItem::getMinutes).filter((m) -> m != null && !m.isBlank()).count();
		Status minutes = (status == MeetingStatus.MINUTES_APPROVED) ? Status.COMPLETED
				: !held ? Status.CANNOT_START
						: (minuted == 0) ? Status.NOT_STARTED
								: (minuted < page.items().size()) ? Status.IN_PROGRESS : Status.COMPLETED;
		// minutes are approved at the committee's next held meeting, on that meeting's minutes page
		Status approval = (status == MeetingStatus.MINUTES_APPROVED) ? Status.COMPLETED
				: (held && approvingMeeting != null) ? Status.NOT_STARTED : Status.CANNOT_START;

		return List.of(new Task("meeting.task.agenda", "meeting.task.agenda.hint", base + "/agenda", agenda),
				new Task("meeting.task.publication", "meeting.task.publication.hint",
						(staff && hasItems && !published) ? base + "/agenda/publish" : null, publication),
				new Task("meeting.task.attendance", "meeting.task.attendance.hint", base + "/attendance", attendance),
				new Task("meeting.task.minutes", "meeting.task.minutes.hint", held ? base + "/minutes" : null, minutes),
				new Task("meeting.task.approval", "meeting.task.approval.hint",
						(approval == Status.NOT_STARTED && chair) ? "/meetings/" + approvingMeeting.getId() + "/minutes"
								: null, approval));
	}

}
