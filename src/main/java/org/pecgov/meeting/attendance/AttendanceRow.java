package org.pecgov.meeting.attendance;

import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One person's line of the attendance form.
 */
public class AttendanceRow {

	private AttendanceStatus status;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime arrivedAt;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime leftAt;

	private Long version;

	public AttendanceStatus getStatus() {
		return this.status;
	}

	public void setStatus(AttendanceStatus status) {
		this.status = status;
	}

	public LocalTime getArrivedAt() {
		return this.arrivedAt;
	}

	public void setArrivedAt(LocalTime arrivedAt) {
		this.arrivedAt = arrivedAt;
	}

	public LocalTime getLeftAt() {
		return this.leftAt;
	}

	public void setLeftAt(LocalTime leftAt) {
		this.leftAt = leftAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
