package org.pecgov.meeting.attendance;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * Someone's attendance at a meeting: a member's (present, apologies, absent) or a non-member's in
 * attendance, with arrival and departure times.
 */
@Entity
@Table(name = "attendance")
public class Attendance extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "meeting_id", nullable = false, updatable = false)
	private Long meetingId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private Long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AttendanceStatus status;

	@Column(name = "arrived_at")
	private LocalTime arrivedAt;

	@Column(name = "left_at")
	private LocalTime leftAt;

	protected Attendance() {
	}

	Attendance(Long organisationId, Long meetingId, Long personId) {
		this.organisationId = organisationId;
		this.meetingId = meetingId;
		this.personId = personId;
	}

	void record(AttendanceStatus status, LocalTime arrivedAt, LocalTime leftAt) {
		this.status = status;
		boolean there = status == AttendanceStatus.PRESENT || status == AttendanceStatus.IN_ATTENDANCE;
		this.arrivedAt = there ? arrivedAt : null;
		this.leftAt = there ? leftAt : null;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public AttendanceStatus getStatus() {
		return this.status;
	}

	public LocalTime getArrivedAt() {
		return this.arrivedAt;
	}

	public LocalTime getLeftAt() {
		return this.leftAt;
	}

}
