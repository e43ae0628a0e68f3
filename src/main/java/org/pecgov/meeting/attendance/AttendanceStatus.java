package org.pecgov.meeting.attendance;

/**
 * Someone's attendance at a meeting. Labels are in messages.properties as {@code AttendanceStatus.NAME}.
 */
public enum AttendanceStatus {

	PRESENT, APOLOGIES, ABSENT,
	/** Present, but not a member of the committee (for example an officer presenting an item). */
	IN_ATTENDANCE

}
