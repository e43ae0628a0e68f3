package org.pecgov.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting being planned or changed.
 */
public class MeetingForm {

	@NotNull
	private Long committeeId;

	@NotNull
	private MeetingType type;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@Size(max = 300)
	private String place;

	@Size(max = 500)
	@Pattern(regexp = "https://\\S+", message = "{meeting.remoteLink.https}")
	private String remoteLink;

	@NotNull
	private Boolean publicMeeting;

	private Long version;

	static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		form.committeeId = meeting.getCommitteeId();
		form.type = meeting.getType();
		form.date = meeting.getDate();
		form.startTime = meeting.getStartTime();
		form.place = meeting.getPlace();
		form.remoteLink = meeting.getRemoteLink();
		form.publicMeeting = meeting.isPublicMeeting();
		form.version = meeting.getVersion();
		return form;
	}

	MeetingDetails toDetails() {
		return new MeetingDetails(this.committeeId, this.type, this.date, this.startTime, this.place, this.remoteLink,
				Boolean.TRUE.equals(this.publicMeeting));
	}

	public Long getCommitteeId() {
		return this.committeeId;
	}

	public void setCommitteeId(Long committeeId) {
		this.committeeId = committeeId;
	}

	public MeetingType getType() {
		return this.type;
	}

	public void setType(MeetingType type) {
		this.type = type;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getRemoteLink() {
		return this.remoteLink;
	}

	public void setRemoteLink(String remoteLink) {
		this.remoteLink = remoteLink;
	}

	public Boolean getPublicMeeting() {
		return this.publicMeeting;
	}

	public void setPublicMeeting(Boolean publicMeeting) {
		this.publicMeeting = publicMeeting;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
