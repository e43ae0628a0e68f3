package org.pecgov.meeting.published;

import jakarta.servlet.http.HttpServletRequest;

import org.pecgov.meeting.Meeting;
import org.pecgov.meeting.agenda.Paper;
import org.pecgov.organisation.Organisation;
import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A PCT's meetings as published, for anyone: no login.
 */
@Controller
@RequestMapping("/public/{pctCode}/meetings")
class PublicMeetingController {

	private final PublicMeetingService published;

	PublicMeetingController(PublicMeetingService published) {
		this.published = published;
	}

	@GetMapping
	String list(@PathVariable("pctCode") String pctCode, @RequestParam(name = "page", defaultValue = "1") String page,
			Model model, HttpServletRequest request) {
		Organisation pct = this.published.pct(pctCode);
		Page<Meeting> meetings = this.published.meetings(pct, PageLinks.number(page));
		model.addAttribute("pct", pct);
		model.addAttribute("meetings", meetings);
		model.addAttribute("pages", PageLinks.of(meetings, request));
		model.addAttribute("committeeNames", this.published.committeeNames(pct));
		return "public/meetings";
	}

	@GetMapping("/{id}")
	String show(@PathVariable("pctCode") String pctCode, @PathVariable("id") Long id, Model model) {
		Organisation pct = this.published.pct(pctCode);
		model.addAttribute("pct", pct);
		model.addAttribute("published", this.published.meeting(pct, id));
		return "public/meeting";
	}

	@GetMapping("/{id}/papers/{paperId}")
	ResponseEntity<byte[]> paper(@PathVariable("pctCode") String pctCode, @PathVariable("id") Long id,
			@PathVariable("paperId") Long paperId) {
		Paper paper = this.published.paper(this.published.pct(pctCode), id, paperId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(paper.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(paper.getFilename()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(paper.content());
	}

}
