package org.pecgov.meeting.agenda;

import java.time.Clock;
import java.util.List;

import org.pecgov.meeting.Meeting;
import org.pecgov.security.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a meeting's published agenda: kept by the publishing step, read by the agenda's pages.
 */
@Component
@Transactional(readOnly = true)
public class AgendaVersions {

	private final AgendaVersionRepository versions;

	private final Clock clock;

	AgendaVersions(AgendaVersionRepository versions, Clock clock) {
		this.versions = versions;
		this.clock = clock;
	}

	/**
	 * A meeting's versions, the publication first.
	 * @param meetingId the meeting (already found in the user's PCT)
	 * @return them
	 */
	public List<AgendaVersion> of(Long meetingId) {
		return this.versions.findByMeetingIdOrderByNumberAsc(meetingId);
	}

	/**
	 * Keeps the next version of a meeting's agenda, in the caller's transaction (which locked the meeting).
	 * @param meeting the meeting
	 * @param summary what changed, or null for the publication
	 * @return the version kept
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AgendaVersion keep(Meeting meeting, String summary) {
		return this.versions.saveAndFlush(new AgendaVersion(meeting.getOrganisationId(), meeting.getId(),
				this.versions.lastNumber(meeting.getId()) + 1, this.clock.instant(), CurrentUser.actor(),
				(summary != null && summary.length() > 500) ? summary.substring(0, 499) + "\u2026" : summary));
	}

}
