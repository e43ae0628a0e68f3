package org.pecgov.indicator;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVPrinter;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.security.CurrentUser;
import org.pecgov.web.Csv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An SHA viewer's start page: the PCTs of their Strategic Health Authority side by side on every indicator,
 * sortable, with totals in the survey's terms, a CSV of the table, and the directory of their PEC chairs.
 */
@Controller
class ShaComparisonController {

	private static final Logger log = LoggerFactory.getLogger(ShaComparisonController.class);

	private final OrganisationService organisations;

	private final IndicatorService indicators;

	private final ChairDirectory directory;

	private final MessageSource messages;

	ShaComparisonController(OrganisationService organisations, IndicatorService indicators, ChairDirectory directory,
			MessageSource messages) {
		this.organisations = organisations;
		this.indicators = indicators;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/sha")
	String overview(@RequestParam(name = "sort", required = false) String sort,
			@RequestParam(name = "order", required = false) String order, Model model) {
		Organisation sha = this.organisations.get(CurrentUser.get().getOrganisationId());
		List<Organisation> pcts = this.organisations.pctsOf(sha.getId());
		Comparison comparison = compare(pcts);
		Indicator by = parse(sort);
		boolean descending = "descending".equals(order);
		model.addAttribute("sha", sha);
		model.addAttribute("pcts", pcts);
		model.addAttribute("comparison", comparison);
		model.addAttribute("lines", comparison.sorted(by, descending));
		model.addAttribute("sortedBy", (by != null) ? by.name() : "NAME");
		model.addAttribute("descending", descending);
		model.addAttribute("indicators", Indicator.values());
		model.addAttribute("chairs", this.directory.chairsOf(pcts));
		return "sha/overview";
	}

	@GetMapping("/sha/indicators.csv")
	void csv(HttpServletResponse response) throws IOException {
		Organisation sha = this.organisations.get(CurrentUser.get().getOrganisationId());
		List<Organisation> pcts = this.organisations.pctsOf(sha.getId());
		Comparison comparison = compare(pcts);
		String[] headers = new String[2 + Indicator.values().length * 2];
		headers[0] = say("sha.csv.code");
		headers[1] = say("sha.csv.pct");
		int i = 2;
		for (Indicator indicator : Indicator.values()) {
			headers[i++] = say("indicator." + indicator.name());
			headers[i++] = say("indicator." + indicator.name()) + " – " + say("indicator.csv.status");
		}
		CSVPrinter csv = Csv.start(response, "sha-indicators.csv", headers);
		for (Comparison.Line line : comparison.sorted(null, false)) {
			Object[] cells = new Object[headers.length];
			cells[0] = line.pct().getCode();
			cells[1] = line.pct().getName();
			int c = 2;
			for (Indicator indicator : Indicator.values()) {
				Kept kept = line.valueOf(indicator);
				cells[c++] = (kept == null) ? null : ((kept.of() > 0) ? kept.percent() + "%" : Long.toString(kept.value()));
				cells[c++] = say("indicator.status." + line.statusOf(indicator).name());
			}
			Csv.row(csv, cells);
		}
		csv.flush();
	}

	/** The months kept of each PCT: any PCT without this month's (new this month, or before the nightly job) is kept now. */
	private Comparison compare(List<Organisation> pcts) {
		Comparison comparison = this.indicators.compare(pcts);
		LocalDate month = this.indicators.thisMonth();
		List<Organisation> missing = comparison.lines()
			.stream()
			.filter((l) -> l.values().values().stream().noneMatch((k) -> k.month().equals(month)))
			.map(Comparison.Line::pct)
			.toList();
		if (missing.isEmpty()) {
			return comparison;
		}
		for (Organisation pct : missing) {
			try {
				this.indicators.keep(pct.getId());
			}
			catch (RuntimeException ex) {
				// the nightly job tries again; meanwhile the PCT shows as not kept, not the page as broken
				log.warn("Could not keep the indicators of {}: {}", pct.getCode(), ex.toString());
			}
		}
		return this.indicators.compare(pcts);
	}

	private static Indicator parse(String sort) {
		if (sort == null) {
			return null;
		}
		for (Indicator indicator : Indicator.values()) {
			if (indicator.name().equals(sort)) {
				return indicator;
			}
		}
		return null;
	}

	private String say(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
