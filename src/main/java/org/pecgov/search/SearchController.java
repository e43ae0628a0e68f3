package org.pecgov.search;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search}: one box that finds members, meetings, agenda items, decisions, declarations and papers the user
 * may read.
 */
@Controller
class SearchController {

	/** The longest search read. */
	static final int LONGEST = 200;

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model, HttpServletRequest request) {
		String text = (q != null) ? q.strip() : "";
		model.addAttribute("q", text);
		if (text.isEmpty()) {
			return "search";
		}
		if (text.length() > LONGEST) {
			model.addAttribute("problems", Map.of("q", "search.q.size"));
			return "search";
		}
		if (SearchQuery.wordsOf(text).isEmpty()) {
			model.addAttribute("problems", Map.of("q", "search.q.words"));
			return "search";
		}
		Page<SearchHit> hits = this.search.search(text, PageLinks.number(page));
		model.addAttribute("hits", hits);
		model.addAttribute("pages", PageLinks.of(hits, request));
		return "search";
	}

}
