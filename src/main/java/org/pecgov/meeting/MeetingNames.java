package org.pecgov.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.pecgov.audit.RecordNames;
import org.pecgov.security.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings' names for the audit trail: the meeting of its day.
 */
@Component
@Transactional(readOnly = true)
class MeetingNames implements RecordNames {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final MeetingRepository meetings;

	private final MessageSource messages;

	MeetingNames(MeetingRepository meetings, MessageSource messages) {
		this.meetings = meetings;
		this.messages = messages;
	}

	@Override
	public String type() {
		return "Meeting";
	}

	@Override
	public Map<Long, String> namesOf(Collection<Long> ids) {
		Long pct = CurrentUser.organisationId();
		return this.meetings.findAllById(ids)
			.stream()
			.filter((meeting) -> pct.equals(meeting.getOrganisationId()))
			.collect(Collectors.toMap(Meeting::getId, (meeting) -> this.messages.getMessage("audit.name.meeting",
					new Object[] { DAY.format(meeting.getDate()) }, LocaleContextHolder.getLocale())));
	}

	@Override
	public String href(Long id) {
		return "/meetings/" + id;
	}

}
