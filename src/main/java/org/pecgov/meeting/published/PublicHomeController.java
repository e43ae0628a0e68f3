package org.pecgov.meeting.published;

import java.time.Clock;
import java.time.LocalDate;

import org.pecgov.indicator.AnnualReport;
import org.pecgov.organisation.Organisation;
import org.pecgov.publication.PublicPec;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A PCT's public home (issue 17 §6): who sits on its PEC, what the PEC decided and recommended with the Board's
 * outcome, its coming public meetings and how to attend, and links to the registers, the meetings, their calendar
 * and the annual report. Nothing a person has not consented to publish, no contact details, no private note.
 */
@Controller
class PublicHomeController {

	private final PublicPec pec;

	private final PublicMeetingService meetings;

	private final AnnualReport reports;

	private final Clock clock;

	PublicHomeController(PublicPec pec, PublicMeetingService meetings, AnnualReport reports, Clock clock) {
		this.pec = pec;
		this.meetings = meetings;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/public/{pctCode}")
	String home(@PathVariable String pctCode, Model model) {
		Organisation pct = this.meetings.pct(pctCode);
		model.addAttribute("pct", pct);
		model.addAttribute("members", this.pec.members(pct));
		model.addAttribute("coming", this.meetings.coming(pct, LocalDate.now(this.clock)));
		model.addAttribute("outcomes", this.meetings.pecOutcomes(pct));
		model.addAttribute("committeeNames", this.meetings.committeeNames(pct));
		model.addAttribute("reportPublished", this.reports.isPublished(pct.getId()));
		return "public/home";
	}

}
