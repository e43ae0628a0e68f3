package org.pecgov.meeting.calendar;

import org.pecgov.config.PecgovProperties;
import org.pecgov.shared.NotFoundException;
import org.pecgov.user.CalendarTokens;
import org.pecgov.web.Flash;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's personal calendar feed of the meetings they attend: its secret address, which they can renew,
 * and the feed itself.
 */
@Controller
class CalendarController {

	private final CalendarTokens users;

	private final CalendarFeed feed;

	private final PecgovProperties properties;

	CalendarController(CalendarTokens users, CalendarFeed feed, PecgovProperties properties) {
		this.users = users;
		this.feed = feed;
		this.properties = properties;
	}

	@GetMapping("/account/calendar")
	String page(Model model) {
		String token = this.users.calendarToken();
		model.addAttribute("feedUrl", (token != null)
				? this.properties.getBaseUrl().replaceAll("/+$", "") + "/calendar/" + token + ".ics" : null);
		return "account/calendar";
	}

	@PostMapping("/account/calendar")
	String renew(RedirectAttributes redirect) {
		boolean had = this.users.calendarToken() != null;
		this.users.renewCalendarToken();
		Flash.success(redirect, had ? "calendar.renewed" : "calendar.created");
		return "redirect:/account/calendar";
	}

	@GetMapping("/calendar/{file}")
	ResponseEntity<String> feed(@PathVariable("file") String file) {
		String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : "";
		return this.users.byCalendarToken(token)
			.map((user) -> ResponseEntity.ok()
				.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noStore())
				.header("X-Robots-Tag", "noindex")
				.body(this.feed.icalendar(user)))
			.orElseThrow(() -> new NotFoundException("Calendar", "feed"));
	}

}
