package org.pecgov.meeting.pack;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.pecgov.meeting.published.PublicMeetingService;
import org.pecgov.organisation.Organisation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The board pack of a meeting, for its reader: {@code /meetings/{id}/pack.pdf}, and the public's of a published
 * public meeting, {@code /public/{pctCode}/meetings/{id}/pack.pdf}.
 */
@Controller
class PackController {

	private final PackService packs;

	private final PublicMeetingService published;

	PackController(PackService packs, PublicMeetingService published) {
		this.packs = packs;
		this.published = published;
	}

	@GetMapping("/meetings/{id}/pack.pdf")
	void pack(@PathVariable("id") Long id, HttpServletResponse response) throws IOException {
		send(this.packs.pack(id), response);
	}

	@GetMapping("/public/{pctCode}/meetings/{id}/pack.pdf")
	void publicPack(@PathVariable("pctCode") String pctCode, @PathVariable("id") Long id,
			HttpServletResponse response) throws IOException {
		Organisation pct = this.published.pct(pctCode);
		send(this.packs.publicPack(pct, id), response);
	}

	private void send(Pack pack, HttpServletResponse response) throws IOException {
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("board-pack-" + pack.meeting().getDate() + ".pdf")
			.build()
			.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.packs.write(pack, response.getOutputStream());
	}

}
