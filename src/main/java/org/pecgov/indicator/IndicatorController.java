package org.pecgov.indicator;

import java.io.IOException;
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
		model.addAttribute("rows", this.indicators.indicators());
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

	private String say(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
