package org.pecgov.meeting.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.pecgov.appointment.Holdings;
import org.pecgov.committee.PostKind;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.agenda.AgendaItems;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draft minutes on their way to approval: the secretary sends them to the committee's chair for review (told through
 * the outbox), the chair comments, and the chair approves them at the committee's next held meeting.
 * {@link MinutesService} is where they are written.
 */
@Service
@Transactional(readOnly = true)
public class MinutesReview {

	private final MinutesService minutes;

	private final MeetingService meetings;

	private final AgendaItems items;

	private final Holdings appointments;

	private final PersonService people;

	private final Outbox outbox;

	private final Clock clock;

	MinutesReview(MinutesService minutes, MeetingService meetings, AgendaItems items, Holdings appointments,
			PersonService people, Outbox outbox, Clock clock) {
		this.minutes = minutes;
		this.meetings = meetings;
		this.items = items;
		this.appointments = appointments;
		this.people = people;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Records that the draft minutes of the committee's previous meeting were approved at this meeting:
	 * by the chair.
	 * @param meetingId the meeting approving them, which has been held
	 * @param previousId the meeting whose minutes are approved
	 * @return the meeting whose minutes were approved
	 */
	@Transactional
	public Meeting approve(Long meetingId, Long previousId) {
		if (CurrentUser.get().getRole() != Role.CHAIR) {
			throw new AccessDeniedException("The chair approves minutes");
		}
		Meeting meeting = this.meetings.locked(meetingId);
		Meeting previous = this.meetings.writable(previousId);
		if (!chairs(meeting)) {
			throw new AccessDeniedException("Only the committee's chair approves its minutes");
		}
		if (meeting.getStatus() != MeetingStatus.HELD && meeting.getStatus() != MeetingStatus.MINUTES_APPROVED) {
			throw new FieldException("previousId", "minutes.approve.notHeld");
		}
		Meeting latest = this.minutes.minutes(meetingId).previous();
		if (latest == null || !latest.getId().equals(previous.getId())) {
			throw new FieldException("previousId", "minutes.approve.notPrevious");
		}
		previous.approvedAt(meeting.getId());
		// the committee's members today are told the minutes are approved (and, for a public meeting, published)
		String committee = this.meetings.committeeNames().get(previous.getCommitteeId());
		for (Person member : this.people.byIds(this.appointments.holderIdsOn(previous.getCommitteeId(),
				LocalDate.now(this.clock)))) {
			this.outbox.add(new Reminder(previous.getOrganisationId(), member.getId(), member.getFullName(),
					member.getEmail(), "MINUTES_APPROVED", "MINUTES_APPROVED:" + previous.getId() + ":" + member.getId(),
					"/meetings/" + previous.getId() + "/minutes", null, committee, Reminder.date(previous.getDate()),
					Reminder.date(meeting.getDate())));
		}
		return this.meetings.save(previous);
	}

	/**
	 * Sends the draft minutes of a held meeting to its committee's chair for review: they are told through the outbox.
	 * @param meetingId the meeting, held, its minutes not yet approved, with the minutes of at least one item written
	 * @param version the version of the meeting the secretary saw
	 * @return the meeting
	 */
	@Transactional
	public Meeting sendToChair(Long meetingId, long version) {
		Meeting meeting = this.meetings.locked(meetingId);
		meeting.checkVersion(version);
		if (meeting.getStatus() != MeetingStatus.HELD) {
			throw new FieldException("minutes", (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED)
					? "minutes.locked" : "minutes.notHeld");
		}
		if (this.items.withMinutes(List.of(meetingId)).isEmpty()) {
			throw new FieldException("minutes", "minutes.review.empty");
		}
		LocalDate today = LocalDate.now(this.clock);
		meeting.minutesSent(today);
		List<Long> chairs = this.appointments.seatsOn(meeting.getCommitteeId(), meeting.getDate())
			.stream()
			.filter((s) -> s.kind() == PostKind.CHAIR)
			.map(Holdings.Seat::personId)
			.toList();
		String committee = this.meetings.committeeNames().get(meeting.getCommitteeId());
		for (Person chair : this.people.byIds(chairs)) {
			this.outbox.add(new Reminder(meeting.getOrganisationId(), chair.getId(),
					chair.getFullName(), chair.getEmail(), "MINUTES_FOR_REVIEW",
					"MINUTES_FOR_REVIEW:" + meetingId + ":" + today + ":" + chair.getId(),
					"/meetings/" + meetingId + "/minutes", null, committee,
					Reminder.date(meeting.getDate())));
		}
		return this.meetings.save(meeting);
	}

	/**
	 * Records the chair's comments on draft minutes sent to them for review.
	 * @param meetingId the meeting
	 * @param version the version of the meeting the chair saw
	 * @param comments their comments
	 * @return the meeting
	 */
	@Transactional
	public Meeting comment(Long meetingId, long version, String comments) {
		Meeting meeting = this.meetings.writable(meetingId);
		if (CurrentUser.get().getRole() != Role.CHAIR || !chairs(meeting)) {
			throw new AccessDeniedException("Only the committee's chair comments on its draft minutes");
		}
		meeting.checkVersion(version);
		if (meeting.getStatus() != MeetingStatus.HELD) {
			throw new FieldException("comments", (meeting.getStatus() == MeetingStatus.MINUTES_APPROVED)
					? "minutes.locked" : "minutes.notHeld");
		}
		if (meeting.getMinutesSentOn() == null) {
			throw new FieldException("comments", "minutes.comments.notSent");
		}
		meeting.minutesCommented(comments.strip(), LocalDate.now(this.clock));
		return this.meetings.save(meeting);
	}

	/** Whether the signed-in user chairs (or deputises for the chair of) a meeting's committee on its day. */
	private boolean chairs(Meeting meeting) {
		Long me = CurrentUser.get().getPersonId();
		return me != null && this.appointments.seatsOn(meeting.getCommitteeId(), meeting.getDate())
			.stream()
			.anyMatch((s) -> s.personId().equals(me) && (s.kind() == PostKind.CHAIR || s.kind() == PostKind.DEPUTY_CHAIR));
	}

}
