package org.pecgov.publication;

import jakarta.servlet.http.HttpServletRequest;

import org.pecgov.interest.DeclarationRound;
import org.pecgov.organisation.Organisation;
import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages a PCT publishes, open to anyone without signing in.
 */
@Controller
@RequestMapping("/public/{pctCode}")
class PublicRegisterController {

	private final PublicRegisterService register;

	PublicRegisterController(PublicRegisterService register) {
		this.register = register;
	}

	@GetMapping("/register")
	String register(@PathVariable String pctCode, @RequestParam(name = "page", defaultValue = "1") String page,
			Model model, HttpServletRequest request) {
		Organisation pct = this.register.pct(pctCode);
		Page<PublicRegisterService.Entry> entries = this.register.interests(pct, number(page));
		DeclarationRound round = this.register.round(pct);
		model.addAttribute("pct", pct);
		model.addAttribute("entries", entries);
		model.addAttribute("pages", PageLinks.of(entries, request));
		model.addAttribute("round", round);
		model.addAttribute("outstanding", this.register.outstanding(pct, round));
		model.addAttribute("endedMonths", PublicRegisterService.ENDED_MONTHS_SHOWN);
		return "public/register";
	}

	@GetMapping("/gifts")
	String gifts(@PathVariable String pctCode, @RequestParam(name = "page", defaultValue = "1") String page,
			Model model, HttpServletRequest request) {
		Organisation pct = this.register.pct(pctCode);
		Page<PublicRegisterService.Gift> gifts = this.register.gifts(pct, number(page));
		model.addAttribute("pct", pct);
		model.addAttribute("gifts", gifts);
		model.addAttribute("pages", PageLinks.of(gifts, request));
		model.addAttribute("giftMonths", PublicRegisterService.GIFT_MONTHS_SHOWN);
		return "public/gifts";
	}

	private static int number(String page) {
		try {
			return Math.min(Math.max(Integer.parseInt(page) - 1, 0), 100_000);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
