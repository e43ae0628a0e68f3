package org.pecgov.publication;

import jakarta.servlet.http.HttpServletRequest;

import org.pecgov.interest.round.DeclarationRound;
import org.pecgov.organisation.Organisation;
import org.pecgov.web.Csv;
import org.pecgov.web.PageLinks;
import org.pecgov.web.Pdf;

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

	private static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter.ISO_LOCAL_DATE;

	private final PublicRegisterService register;

	private final org.springframework.context.MessageSource messages;

	PublicRegisterController(PublicRegisterService register, org.springframework.context.MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	@GetMapping("/register.csv")
	void registerCsv(@PathVariable String pctCode, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		Organisation pct = this.register.pct(pctCode);
		try (org.apache.commons.csv.CSVPrinter csv = Csv.start(response,
				"register-of-interests-" + pct.getCode() + ".csv", text("public.csv.holder"), text("public.csv.posts"),
				text("declarations.type"), text("public.csv.relationship"), text("declarations.category"),
				text("declarations.details"), text("declarations.organisations"), text("public.csv.from"),
				text("public.csv.to"), text("public.register.actions"))) {
			this.register.eachInterest(pct, (e) -> Csv.row(csv, e.name(), e.posts(),
					e.withheld() ? text("public.withheld") : text("InterestKind." + e.kind()),
					e.relationship(), e.withheld() ? null : text("InterestCategory." + e.category()), e.description(),
					e.concerns(), (e.fromDate() != null) ? ISO.format(e.fromDate()) : null,
					(e.toDate() != null) ? ISO.format(e.toDate()) : null, e.actions()));
		}
	}

	@GetMapping("/gifts.csv")
	void giftsCsv(@PathVariable String pctCode, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		Organisation pct = this.register.pct(pctCode);
		try (org.apache.commons.csv.CSVPrinter csv = Csv.start(response,
				"gifts-and-hospitality-" + pct.getCode() + ".csv", text("gifts.offeredOn"), text("gifts.offeredTo"),
				text("public.csv.kind"), text("gifts.offeredBy"), text("gifts.description"), text("public.csv.value"),
				text("gifts.outcome"))) {
			this.register.eachGift(pct, (g) -> Csv.row(csv, ISO.format(g.offeredOn()), g.name(),
					text("GiftKind." + g.kind()), g.offeredBy(), g.description(), g.value().toPlainString(),
					g.accepted() ? text("gifts.accepted") : text("gifts.declined")));
		}
	}

	@GetMapping("/register.pdf")
	void registerPdf(@PathVariable String pctCode, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		Organisation pct = this.register.pct(pctCode);
		java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
				java.util.Locale.UK);
		try (Pdf pdf = Pdf.start(response, "register-of-interests-" + pct.getCode() + ".pdf",
				text("public.register.heading") + ", " + pct.getName(),
				this.messages.getMessage("public.register.intro",
						new Object[] { PublicRegisterService.ENDED_MONTHS_SHOWN }, java.util.Locale.UK),
				text("public.csv.holder"), text("public.csv.posts"), text("declarations.type"),
				text("declarations.category"), text("declarations.details"), text("declarations.organisations"),
				text("declarations.dates"), text("public.register.actions"))) {
			this.register.eachInterest(pct, (e) -> {
				if (e.withheld()) {
					pdf.row(e.name(), e.posts(), text("public.withheld"), null, null, null, null, null);
				}
				else {
					String from = day.format(e.fromDate());
					pdf.row(e.name(), e.posts(),
							text("InterestKind." + e.kind())
									+ ((e.relationship() != null) ? " (" + e.relationship() + ")" : ""),
							text("InterestCategory." + e.category()), e.description(), e.concerns(),
							(e.toDate() != null) ? from + " – " + day.format(e.toDate()) : from + " –", e.actions());
				}
			});
			pdf.whenEmpty(text("public.register.none"));
		}
	}

	@GetMapping("/gifts.pdf")
	void giftsPdf(@PathVariable String pctCode, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		Organisation pct = this.register.pct(pctCode);
		java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy",
				java.util.Locale.UK);
		try (Pdf pdf = Pdf.start(response, "gifts-and-hospitality-" + pct.getCode() + ".pdf",
				text("gifts.title") + ", " + pct.getName(),
				this.messages.getMessage("public.gifts.intro", new Object[] { PublicRegisterService.GIFT_MONTHS_SHOWN },
						java.util.Locale.UK),
				text("gifts.offeredOn"), text("gifts.offeredTo"), text("public.csv.kind"), text("gifts.offeredBy"),
				text("gifts.description"), text("public.csv.value"), text("gifts.outcome"))) {
			this.register.eachGift(pct, (g) -> pdf.row(day.format(g.offeredOn()), g.name(),
					text("GiftKind." + g.kind()), g.offeredBy(), g.description(), g.value().toPlainString(),
					g.accepted() ? text("gifts.accepted") : text("gifts.declined")));
			pdf.whenEmpty(text("public.gifts.none"));
		}
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, java.util.Locale.UK);
	}

	@GetMapping("/register")
	String register(@PathVariable String pctCode, @RequestParam(name = "page", defaultValue = "1") String page,
			@RequestParam(name = "name", required = false) String name, Model model, HttpServletRequest request) {
		Organisation pct = this.register.pct(pctCode);
		String searched = (name == null || name.isBlank()) ? null : name.strip().substring(0, Math.min(name.strip().length(), 100));
		Page<PublicRegisterService.Entry> entries = this.register.interests(pct, PageLinks.number(page), searched);
		model.addAttribute("name", searched);
		model.addAttribute("people", RegisterPerson.of(entries.getContent()));
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
		Page<PublicRegisterService.Gift> gifts = this.register.gifts(pct, PageLinks.number(page));
		model.addAttribute("pct", pct);
		model.addAttribute("gifts", gifts);
		model.addAttribute("pages", PageLinks.of(gifts, request));
		model.addAttribute("giftMonths", PublicRegisterService.GIFT_MONTHS_SHOWN);
		return "public/gifts";
	}


}
