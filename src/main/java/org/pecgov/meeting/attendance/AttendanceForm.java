package org.pecgov.meeting.attendance;

import java.util.LinkedHashMap;
import java.util.Map;

import org.pecgov.meeting.MeetingPage;

/**
 * The attendance of a meeting: a line per person, by person id.
 */
public class AttendanceForm {

	private Map<Long, AttendanceRow> rows = new LinkedHashMap<>();

	static AttendanceForm of(MeetingPage page) {
		AttendanceForm form = new AttendanceForm();
		for (Long personId : page.members()) {
			form.rows.put(personId, row(page.attendance().get(personId)));
		}
		page.attendance().forEach((personId, attendance) -> form.rows.putIfAbsent(personId, row(attendance)));
		return form;
	}

	private static AttendanceRow row(Attendance attendance) {
		AttendanceRow row = new AttendanceRow();
		if (attendance != null) {
			row.setStatus(attendance.getStatus());
			row.setArrivedAt(attendance.getArrivedAt());
			row.setLeftAt(attendance.getLeftAt());
			row.setVersion(attendance.getVersion());
		}
		return row;
	}

	/**
	 * Records as present every member of the committee whose attendance is not yet chosen, for the secretary who
	 * marks everyone present at once and then changes the few who sent apologies.
	 * @param members the committee's members
	 */
	void markMembersPresent(java.util.Collection<Long> members) {
		for (Long personId : members) {
			AttendanceRow row = this.rows.computeIfAbsent(personId, (id) -> new AttendanceRow());
			if (row.getStatus() == null) {
				row.setStatus(AttendanceStatus.PRESENT);
			}
		}
	}

	public Map<Long, AttendanceRow> getRows() {
		return this.rows;
	}

	public void setRows(Map<Long, AttendanceRow> rows) {
		this.rows = rows;
	}

}
