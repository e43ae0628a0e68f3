package org.pecgov.indicator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.pecgov.home.HomeNotice;
import org.pecgov.shared.NotFoundException;
import org.pecgov.web.Flash;
import org.pecgov.web.PdfReport;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PEC's annual report as a PDF ({@code /indicators/report.pdf}; published, {@code /public/{pctCode}/report.pdf}),
 * and the administrator's choice to publish it.
 */
@Controller
class ReportController {

	private final AnnualReport reports;

	private final MessageSource messages;

	ReportController(AnnualReport reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/indicators/report.pdf")
	void report(HttpServletResponse response) throws IOException {
		write(this.reports.ofMine(), response);
	}

	@GetMapping("/public/{pctCode}/report.pdf")
	void published(@PathVariable("pctCode") String code, HttpServletResponse response) throws IOException {
		write(this.reports.published(code).orElseThrow(() -> new NotFoundException("Annual report", code)), response);
	}

	@PostMapping("/indicators/report/publication")
	String publish(@RequestParam(name = "published", defaultValue = "false") boolean published,
			@RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
		this.reports.publish(published, version);
		Flash.success(redirect, published ? "report.published" : "report.withdrawn");
		return "redirect:/indicators";
	}

	private void write(AnnualReport.Report report, HttpServletResponse response) throws IOException {
		try (PdfReport pdf = PdfReport.start(response, "annual-report-" + report.pct().getCode().toLowerCase() + ".pdf",
				say("report.title", report.pct().getName()),
				say("report.subtitle", HomeNotice.day(report.from()), HomeNotice.day(report.to())))) {
			List<List<String>> indicators = new ArrayList<>();
			for (IndicatorRow row : report.indicators()) {
				indicators.add(List.of(say("indicator." + row.indicator().name()), value(row.measure()),
						target(row), say("indicator.status." + row.status().name())));
			}
			pdf.section(say("report.indicators"), say("report.indicators.text"),
					List.of(say("indicators.indicator"), say("indicators.value"), say("indicators.target"),
							say("indicators.status")),
					indicators, say("indicators.none"));
			for (ReportSection section : report.sections()) {
				pdf.section(section.heading(), section.text(), section.headers(), section.rows(), say("report.empty"));
			}
			for (IndicatorRow row : report.indicators()) {
				if (row.measure().parts().isEmpty()) {
					continue;
				}
				List<List<String>> parts = row.measure()
					.parts()
					.stream()
					.map((p) -> List.of(p.label(), (p.of() == 0) ? say("indicators.none")
							: say("indicators.share", p.value(), p.of(), p.percent())))
					.toList();
				pdf.section(say("indicator." + row.indicator().name() + ".parts"), null,
						List.of(say("indicator." + row.indicator().name() + ".partLabel"), say("indicators.value")), parts,
						say("report.empty"));
			}
		}
	}

	private String value(Measure m) {
		return switch (m.indicator().kind()) {
			case SHARE, MAJORITY -> (m.of() == 0) ? say("indicators.none") : say("indicators.share", m.value(), m.of(),
					m.percent());
			case NO -> (m.value() == 0) ? say("indicators.no") : say("indicators.yes");
			default -> Long.toString(m.value());
		};
	}

	private String target(IndicatorRow row) {
		if (row.indicator().kind() == Indicator.Kind.NO) {
			return say("indicators.target.NO");
		}
		return (row.target() == null) ? "" : say("indicators.target." + row.indicator().kind().name(), row.target());
	}

	private String say(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
