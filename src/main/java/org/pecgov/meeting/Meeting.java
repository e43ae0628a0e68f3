package org.pecgov.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A meeting of a committee.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity implements OrganisationOwned {

	@Column(name = "organisation_id", nullable = false, updatable = false)
	private Long organisationId;

	@Column(name = "committee_id", nullable = false)
	private Long committeeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingType type;

	@Column(name = "meeting_date", nullable = false)
	private LocalDate date;

	@Column(name = "start_time", nullable = false)
	private LocalTime startTime;

	private String place;

	@Column(name = "remote_link")
	private String remoteLink;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingStatus status = MeetingStatus.PLANNED;

	@Column(name = "public_meeting", nullable = false)
	private boolean publicMeeting;

	@Column(name = "approved_at_id")
	private Long approvedAtId;

	@Column(name = "agenda_versions", nullable = false)
	private int agendaVersions;

	@Column(name = "agenda_published_on")
	private LocalDate agendaPublishedOn;

	@Column(name = "agenda_updated_on")
	private LocalDate agendaUpdatedOn;

	@Column(name = "agenda_update")
	private String agendaUpdate;

	@Column(name = "minutes_sent_on")
	private LocalDate minutesSentOn;

	@Column(name = "minutes_comments")
	private String minutesComments;

	@Column(name = "minutes_commented_on")
	private LocalDate minutesCommentedOn;

	protected Meeting() {
	}

	/**
	 * Whether the secretary may record it as held on a day: its agenda published, and its day come.
	 * @param today the day
	 * @return whether they may
	 */
	public boolean mayBeRecordedHeld(LocalDate today) {
		return this.status == MeetingStatus.AGENDA_PUBLISHED && !this.date.isAfter(today);
	}

	public Meeting(Long organisationId, MeetingDetails details) {
		this.organisationId = organisationId;
		apply(details);
	}

	void apply(MeetingDetails details) {
		this.committeeId = details.committeeId();
		this.type = details.type();
		this.date = details.date();
		this.startTime = details.startTime();
		this.place = details.place();
		this.remoteLink = details.remoteLink();
		this.publicMeeting = details.publicMeeting();
	}

	void moveTo(MeetingStatus status) {
		this.status = status;
	}

	/**
	 * Names the latest version of the published agenda: its number, and for a change, its day and what changed.
	 * @param number the version's number, 1 for the publication
	 * @param day the day it was kept
	 * @param summary what changed, or null for the publication
	 */
	public void agendaVersioned(int number, LocalDate day, String summary) {
		this.agendaVersions = number;
		if (number == 1) {
			this.agendaPublishedOn = day;
		}
		else {
			this.agendaUpdatedOn = day;
			this.agendaUpdate = summary;
		}
	}

	/**
	 * Records that the draft minutes were sent to the chair for review.
	 * @param day the day
	 */
	public void minutesSent(LocalDate day) {
		this.minutesSentOn = day;
	}

	/**
	 * Records the chair's comments on the draft minutes.
	 * @param comments the comments
	 * @param day the day
	 */
	public void minutesCommented(String comments, LocalDate day) {
		this.minutesComments = comments;
		this.minutesCommentedOn = day;
	}

	public LocalDate getMinutesSentOn() {
		return this.minutesSentOn;
	}

	public String getMinutesComments() {
		return this.minutesComments;
	}

	public LocalDate getMinutesCommentedOn() {
		return this.minutesCommentedOn;
	}

	public int getAgendaVersions() {
		return this.agendaVersions;
	}

	public LocalDate getAgendaPublishedOn() {
		return this.agendaPublishedOn;
	}

	public LocalDate getAgendaUpdatedOn() {
		return this.agendaUpdatedOn;
	}

	public String getAgendaUpdate() {
		return this.agendaUpdate;
	}

	public void approvedAt(Long meetingId) {
		this.approvedAtId = meetingId;
		this.status = MeetingStatus.MINUTES_APPROVED;
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Long getCommitteeId() {
		return this.committeeId;
	}

	public MeetingType getType() {
		return this.type;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public String getPlace() {
		return this.place;
	}

	public String getRemoteLink() {
		return this.remoteLink;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	public boolean isPublicMeeting() {
		return this.publicMeeting;
	}

	public Long getApprovedAtId() {
		return this.approvedAtId;
	}

	/** Whether the agenda can still change: until the meeting is held. */
	public boolean isAgendaOpen() {
		return this.status == MeetingStatus.PLANNED || this.status == MeetingStatus.AGENDA_PUBLISHED;
	}

}
