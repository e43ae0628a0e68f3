package org.pecgov.meeting.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.pecgov.appointment.Holdings;
import org.pecgov.committee.Committee;
import org.pecgov.committee.CommitteeService;
import org.pecgov.config.PecgovProperties;
import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.MeetingService;
import org.pecgov.meeting.MeetingStatus;
import org.pecgov.meeting.attendance.Attendance;
import org.pecgov.meeting.attendance.AttendanceRecords;
import org.pecgov.security.Role;
import org.pecgov.user.AppUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's personal calendar (iCalendar) of the meetings they attend: the meetings of the committees they
 * sit on, those they are in attendance at, and for the secretary and administrator every meeting of the
 * PCT; from a year back.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

	/** Meetings have no end time recorded; a calendar shows them as this long. */
	static final int HOURS = 2;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final MeetingService meetings;

	private final AttendanceRecords attendance;

	private final Holdings appointments;

	private final CommitteeService committees;

	private final MessageSource messages;

	private final PecgovProperties properties;

	private final Clock clock;

	CalendarFeed(MeetingService meetings, AttendanceRecords attendance, Holdings appointments,
			CommitteeService committees, MessageSource messages, PecgovProperties properties, Clock clock) {
		this.meetings = meetings;
		this.attendance = attendance;
		this.appointments = appointments;
		this.committees = committees;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The meetings someone attends.
	 * @param user the user whose feed it is
	 * @return the meetings, soonest first
	 */
	public List<Meeting> meetingsOf(AppUser user) {
		List<Meeting> all = this.meetings.from(
				user.getOrganisationId(), LocalDate.now(this.clock).minusYears(1));
		if (user.getRole() == Role.ADMIN || user.getRole() == Role.SECRETARY) {
			return all;
		}
		if (user.getPersonId() == null) {
			return List.of();
		}
		List<Holdings.CommitteeTerm> terms = this.appointments.committeeTermsOf(user.getOrganisationId(),
				user.getPersonId());
		Set<Long> attended = this.attendance.ofPerson(user.getPersonId())
			.stream()
			.map(Attendance::getMeetingId)
			.collect(Collectors.toSet());
		return all.stream()
			.filter((m) -> attended.contains(m.getId())
					|| terms.stream().anyMatch((t) -> t.covers(m.getCommitteeId(), m.getDate())))
			.toList();
	}

	/**
	 * The feed, as iCalendar text.
	 * @param user the user whose feed it is
	 * @return the calendar
	 */
	public String icalendar(AppUser user) {
		String base = this.properties.getBaseUrl().replaceAll("/+$", "");
		return write(meetingsOf(user), user.getOrganisationId(), text("calendar.name"),
				(meeting) -> base + "/meetings/" + meeting.getId(), "meeting-", true);
	}

	/**
	 * A PCT's public calendar: its public meetings from a year back, each linked to its public page; no joining
	 * link (that is for members).
	 * @param organisationId the PCT
	 * @param pctCode its code, for the links
	 * @param pctName its name, for the calendar's name
	 * @return the calendar
	 */
	public String publicIcalendar(Long organisationId, String pctCode, String pctName) {
		String base = this.properties.getBaseUrl().replaceAll("/+$", "");
		return write(this.meetings.allPublicFrom(organisationId, LocalDate.now(this.clock).minusYears(1)), organisationId,
				this.messages.getMessage("calendar.public.name", new Object[] { pctName }, Locale.UK),
				// a meeting's public page exists once its agenda is published; before that, the PCT's public home
				(meeting) -> base + "/public/" + pctCode
						+ ((meeting.getStatus() == MeetingStatus.PLANNED) ? "" : "/meetings/" + meeting.getId()),
				"public-meeting-", false);
	}

	private String write(List<Meeting> meetings, Long organisationId, String name,
			java.util.function.Function<Meeting, String> pageOf, String uidPrefix, boolean joiningLink) {
		Map<Long, String> names = this.committees.committeesOf(organisationId)
			.stream()
			.collect(Collectors.toMap(Committee::getId, Committee::getName));
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//pecgov//meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(LONDON.getId()).getVTimeZone());
		for (Meeting meeting : meetings) {
			ZonedDateTime start = ZonedDateTime.of(meeting.getDate(), meeting.getStartTime(), LONDON);
			VEvent event = new VEvent(start, start.plusHours(HOURS),
					names.get(meeting.getCommitteeId()) + ": " + text("MeetingType." + meeting.getType().name()));
			event.add(new Uid(uidPrefix + meeting.getId() + "@pecgov"));
			if (meeting.getPlace() != null) {
				event.add(new Location(meeting.getPlace()));
			}
			URI page = URI.create(pageOf.apply(meeting));
			event.add(new Url(page));
			event.add(new Description(text("MeetingStatus." + meeting.getStatus().name()) + "\n" + page
					+ ((joiningLink && meeting.getRemoteLink() != null) ? "\n" + meeting.getRemoteLink() : "")));
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write the calendar", ex);
		}
		return out.toString();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Locale.UK);
	}

}
