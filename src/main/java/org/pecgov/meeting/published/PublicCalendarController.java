package org.pecgov.meeting.published;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.pecgov.meeting.calendar.CalendarFeed;
import org.pecgov.organisation.Organisation;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A PCT's public meetings as an iCalendar feed anyone may subscribe to.
 */
@Controller
class PublicCalendarController {

	private final PublicMeetingService published;

	private final CalendarFeed feed;

	PublicCalendarController(PublicMeetingService published, CalendarFeed feed) {
		this.published = published;
		this.feed = feed;
	}

	@GetMapping("/public/{pctCode}/meetings.ics")
	ResponseEntity<String> calendar(@PathVariable("pctCode") String pctCode) {
		Organisation pct = this.published.pct(pctCode);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic())
			.body(this.feed.publicIcalendar(pct.getId(), pct.getCode(), pct.getName()));
	}

}
