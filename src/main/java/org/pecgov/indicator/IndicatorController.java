package org.pecgov.indicator;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.pecgov.security.CurrentUser;
import org.pecgov.security.Role;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Csv;
import org.pecgov.web.ChartSpec;
import org.pecgov.web.Flash;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PEC's indicators ({@code /indicators}; an SHA viewer's {@code /sha/{pctCode}/indicators}), their CSV, and
 * the targets an administrator sets.
 */
@Controller
class IndicatorController {

	private final IndicatorService indicators;

	private final AnnualReport reports;

	private final MessageSource messages;

	IndicatorController(IndicatorService indicators, AnnualReport reports, MessageSource messages) {
		this.indicators = indicators;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/indicators")
	String indicators(Model model) {
		List<IndicatorRow> rows = this.indicators.indicators();
		model.addAttribute("rows", rows);
		model.addAttribute("charts", charts(rows));
		if (CurrentUser.get().getRole() == Role.ADMIN) {
			model.addAttribute("publication", this.reports.publication());
		}
		return "indicators/indicators";
	}

	@GetMapping("/indicators.csv")
	void csv(HttpServletResponse response) throws IOException {
		List<IndicatorRow> rows = this.indicators.indicators();
		CSVPrinter csv = Csv.start(response, "indicators.csv", say("indicator.csv.indicator"), say("indicator.csv.value"),
				say("indicator.csv.of"), say("indicator.csv.percent"), say("indicator.csv.target"),
				say("indicator.csv.status"));
		for (IndicatorRow row : rows) {
			Measure m = row.measure();
			Csv.row(csv, say("indicator." + m.indicator().name()), m.value(), (m.of() > 0) ? m.of() : null, m.percent(),
					row.target(), say("indicator.status." + row.status().name()));
		}
		csv.flush();
	}

	@GetMapping("/indicators/targets")
	String targets(Model model) {
		model.addAttribute("targetsForm", TargetsForm.from(this.indicators.targets()));
		return form(model, Map.of());
	}

	@PostMapping("/indicators/targets")
	String setTargets(@ModelAttribute TargetsForm targetsForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			// only the hidden versions can fail to bind: a form that was tampered with or is from another time
			throw new StaleEditException("IndicatorTarget", null);
		}
		List<FieldException.Problem> problems = this.indicators.problemsOf(targetsForm.getTargets());
		if (!problems.isEmpty()) {
			Map<String, String> byField = new LinkedHashMap<>();
			problems.forEach((p) -> byField.putIfAbsent(p.field().replace("targets[", "target-").replace("]", ""), p.messageKey()));
			return form(model, byField);
		}
		this.indicators.setTargets(targetsForm.getTargets(), targetsForm.getVersions());
		Flash.success(redirect, "indicator.targets.saved");
		return "redirect:/indicators";
	}

	private String form(Model model, Map<String, String> problems) {
		model.addAttribute("problems", problems);
		model.addAttribute("withTargets", Arrays.stream(Indicator.values()).filter(Indicator::hasTarget).toList());
		return "indicators/targets";
	}

	/**
	 * A chart per indicator with months kept (its trend, to today), and one of each member's attendance.
	 */
	private Map<String, ChartSpec> charts(List<IndicatorRow> rows) {
		Map<String, ChartSpec> charts = new LinkedHashMap<>();
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", LocaleContextHolder.getLocale());
		for (IndicatorRow row : rows) {
			Measure m = row.measure();
			boolean share = m.indicator().kind() == Indicator.Kind.SHARE || m.indicator().kind() == Indicator.Kind.MAJORITY;
			if (!row.history().isEmpty()) {
				List<String> labels = new ArrayList<>(row.history().stream().map((k) -> k.month().format(month)).toList());
				labels.add(say("indicators.today"));
				List<Number> values = new ArrayList<>();
				row.history().forEach((k) -> values.add(share ? (Number) k.percent() : (Number) Long.valueOf(k.value())));
				values.add(share ? (Number) m.percent() : (Number) Long.valueOf(m.value()));
				charts.put(m.indicator().name(), new ChartSpec("line", labels,
						List.of(new ChartSpec.Dataset(say("indicator." + m.indicator().name()), values,
								List.of(ChartSpec.BLUE))),
						share, false));
			}
			if (m.indicator() == Indicator.ATTENDANCE && !m.parts().isEmpty()) {
				int target = (row.target() != null) ? row.target() : 0;
				charts.put("ATTENDANCE_PARTS", new ChartSpec("bar",
						m.parts().stream().map(Measure.Part::label).toList(),
						List.of(new ChartSpec.Dataset(say("indicators.value"),
								m.parts().stream().map((p) -> (Number) p.percent()).toList(),
								m.parts().stream()
									.map((p) -> (p.percent() != null && p.percent() < target) ? ChartSpec.RED : ChartSpec.BLUE)
									.toList())),
						true, true));
			}
		}
		return charts;
	}

	private String say(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
