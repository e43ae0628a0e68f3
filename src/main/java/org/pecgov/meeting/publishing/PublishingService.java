package org.pecgov.meeting.publishing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pecgov.meeting.AgendaPublished;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingPage;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.agenda.AgendaChanged;
import org.pecgov.meeting.agenda.AgendaItem;
import org.pecgov.meeting.agenda.AgendaVersion;
import org.pecgov.meeting.agenda.AgendaVersions;
import org.pecgov.meeting.attendance.AttendanceStatus;
import org.pecgov.meeting.screening.Screening;
import org.pecgov.meeting.screening.ScreeningService;
import org.pecgov.member.Person;
import org.pecgov.member.PersonService;
import org.pecgov.outbox.Outbox;
import org.pecgov.outbox.Reminder;
import org.pecgov.shared.FieldException;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing an agenda is a step (issue 16, §4): the secretary sees what members and the public will see and what is
 * not ready (conflicts without the chair's plan, items to debate without papers, items that would be inquorate), and
 * confirms. Everyone expected is then sent a notice through the outbox; each later change to the published agenda is
 * kept as a new version, named on the agenda, and sent again.
 */
@Service
@Transactional(readOnly = true)
public class PublishingService {

	private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

	private final MeetingService meetings;

	private final ScreeningService screening;

	private final AgendaVersions versions;

	private final PersonService people;

	private final Outbox outbox;

	private final MessageSource messages;

	PublishingService(MeetingService meetings, ScreeningService screening, AgendaVersions versions,
			PersonService people, Outbox outbox, MessageSource messages) {
		this.meetings = meetings;
		this.screening = screening;
		this.versions = versions;
		this.people = people;
		this.outbox = outbox;
		this.messages = messages;
	}

	/**
	 * What publishing a meeting's agenda would show, and what is not ready.
	 * @param meetingId the meeting
	 * @return the preview and its checks
	 */
	public Preview preview(Long meetingId) {
		MeetingPage page = this.screening.page(meetingId);
		List<Problem> problems = new ArrayList<>();
		int number = 0;
		for (AgendaItem item : page.items()) {
			number++;
			Screening.ItemResult result = page.resultOf(item.getId());
			if (result.hasUnplannedFlags()) {
				problems.add(new Problem("agenda.publish.check.unplanned", number, item));
			}
			if (item.getPurpose().isDebated() && page.papersOf(item.getId()).isEmpty()) {
				problems.add(new Problem("agenda.publish.check.noPapers", number, item));
			}
			if (result.isInquorate() && item.getReferredTo() == null) {
				problems.add(new Problem("agenda.publish.check.inquorate", number, item));
			}
		}
		return new Preview(page, problems, page.items().stream().filter(AgendaItem::isPublicItem).toList(),
				this.versions.of(meetingId));
	}

	/**
	 * A meeting's agenda as it would be published, and what is not ready.
	 * @param page the meeting, screened
	 * @param problems what is not ready, in agenda order
	 * @param publicItems the items the public will see (when the meeting is public)
	 * @param versions the versions kept so far
	 */
	public record Preview(MeetingPage page, List<Problem> problems, List<AgendaItem> publicItems,
			List<AgendaVersion> versions) {
	}

	/**
	 * Something not ready on an item.
	 * @param messageKey what, taking the item's number and title
	 * @param number the item's number
	 * @param item the item
	 */
	public record Problem(String messageKey, int number, AgendaItem item) {
	}

	/**
	 * Publishes a meeting's agenda once the secretary has seen what is not ready and confirmed.
	 * @param meetingId the meeting
	 * @param version the version of the meeting the secretary saw
	 * @param confirmed whether they confirmed publishing despite what is not ready
	 * @return the meeting
	 */
	@Transactional
	public Meeting publish(Long meetingId, long version, boolean confirmed) {
		if (!confirmed && !preview(meetingId).problems().isEmpty()) {
			throw new FieldException("confirmed", "agenda.publish.confirm.required");
		}
		return this.meetings.advance(meetingId, version, MeetingStatus.AGENDA_PUBLISHED);
	}

	/**
	 * Keeps the first version of an agenda just published, and sends everyone expected a notice.
	 * @param event the publication
	 */
	@EventListener
	@Transactional
	public void onPublished(AgendaPublished event) {
		Meeting meeting = this.meetings.locked(event.meetingId());
		AgendaVersion kept = this.versions.keep(meeting, null);
		name(meeting, kept);
		notify(meeting, kept, "AGENDA_PUBLISHED", "");
	}

	/**
	 * Keeps a change to a published agenda as a new version, and sends everyone expected a notice of it.
	 * @param event the change
	 */
	@EventListener
	@Transactional
	public void onChanged(AgendaChanged event) {
		Meeting meeting = this.meetings.locked(event.meetingId());
		if (meeting.getStatus() != MeetingStatus.AGENDA_PUBLISHED) {
			return;
		}
		String summary = this.messages.getMessage(event.change(), new Object[] { event.title() }, Locale.UK);
		AgendaVersion kept = this.versions.keep(meeting, summary);
		name(meeting, kept);
		notify(meeting, kept, "AGENDA_CHANGED", summary);
	}

	/** Names the version on the meeting, for the agenda's pages. */
	private void name(Meeting meeting, AgendaVersion kept) {
		meeting.agendaVersioned(kept.getNumber(), kept.getChangedAt().atZone(LONDON).toLocalDate(), kept.getSummary());
		this.meetings.save(meeting);
	}

	/**
	 * Sends a notice to everyone expected at the meeting: the committee's members on the day (but those who sent
	 * apologies) and those invited to attend.
	 */
	private void notify(Meeting meeting, AgendaVersion kept, String kind, String summary) {
		MeetingPage page = this.screening.page(meeting.getId());
		Set<Long> expected = new LinkedHashSet<>(page.members());
		page.attendance().forEach((personId, attendance) -> {
			if (attendance.getStatus() == AttendanceStatus.IN_ATTENDANCE) {
				expected.add(personId);
			}
			else if (attendance.getStatus() == AttendanceStatus.APOLOGIES) {
				expected.remove(personId);
			}
		});
		String committee = page.committee().getName();
		String day = Reminder.date(meeting.getDate());
		for (Person person : this.people.byIds(expected)) {
			this.outbox.add(new Reminder(meeting.getOrganisationId(), person.getId(), person.getFullName(),
					person.getEmail(), kind, kind + ":" + meeting.getId() + ":" + kept.getNumber() + ":" + person.getId(),
					"/meetings/" + meeting.getId() + "/agenda", meeting.getDate(), committee, day, summary));
		}
	}

}
