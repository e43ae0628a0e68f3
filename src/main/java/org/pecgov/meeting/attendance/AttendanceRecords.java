package org.pecgov.meeting.attendance;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance as the other features of a meeting read it (screening, calendars, the published pages);
 * {@link AttendanceService} is where it is recorded.
 */
@Component
@Transactional(readOnly = true)
public class AttendanceRecords {

	private final AttendanceRepository attendance;

	AttendanceRecords(AttendanceRepository attendance) {
		this.attendance = attendance;
	}

	/**
	 * The attendance recorded at a meeting.
	 * @param meetingId the meeting
	 * @return a line per person
	 */
	public List<Attendance> ofMeeting(Long meetingId) {
		return this.attendance.findByMeetingId(meetingId);
	}

	/**
	 * Someone's attendance at every meeting.
	 * @param personId the person
	 * @return a line per meeting
	 */
	public List<Attendance> ofPerson(Long personId) {
		return this.attendance.findByPersonId(personId);
	}

	/**
	 * Which of some meetings have attendance recorded.
	 * @param meetingIds the meetings
	 * @return those that have
	 */
	public java.util.Set<Long> recordedAt(java.util.Collection<Long> meetingIds) {
		return meetingIds.isEmpty() ? java.util.Set.of()
				: new java.util.HashSet<>(this.attendance.meetingsWithAttendance(meetingIds));
	}

	/**
	 * The attendance recorded at several meetings, in one statement.
	 * @param meetingIds the meetings
	 * @return a line per person and meeting
	 */
	public List<Attendance> ofMeetings(java.util.Collection<Long> meetingIds) {
		return meetingIds.isEmpty() ? List.of() : this.attendance.findByMeetingIdIn(meetingIds);
	}

}
