package org.pecgov.organisation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PCT's PEC rules: the thresholds of composition and terms.
 */
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

	private static final String FORM = "admin/settings";

	private final SettingsService settings;

	SettingsController(SettingsService settings) {
		this.settings = settings;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("settingsForm", SettingsForm.from(this.settings.current()));
		return FORM;
	}

	@PostMapping
	String update(@Valid SettingsForm settingsForm, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		checkRanges(settingsForm, result);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.settings.update((settingsForm.getVersion() != null) ? settingsForm.getVersion() : -1,
					settingsForm.toValues());
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			PctSettings current = this.settings.current();
			model.addAttribute("conflict", current);
			settingsForm.setVersion(current.getVersion());
			return FORM;
		}
		Flash.success(redirect, "settings.updated");
		return "redirect:/admin/settings";
	}

	private static void checkRanges(SettingsForm form, BindingResult result) {
		for (String field : new String[] { "roundOpens", "roundCloses" }) {
			String text = (String) result.getFieldValue(field);
			if (!result.hasFieldErrors(field) && text != null && SettingsForm.dayOfYear(text) == null) {
				result.rejectValue(field, "settings.round.day");
			}
		}
		if (!result.hasFieldErrors("minClinical") && !result.hasFieldErrors("maxClinical")
				&& form.getMaxClinical() < form.getMinClinical()) {
			result.rejectValue("maxClinical", "settings.range");
		}
		if (!result.hasFieldErrors("minLocalAuthority") && !result.hasFieldErrors("maxLocalAuthority")
				&& form.getMaxLocalAuthority() < form.getMinLocalAuthority()) {
			result.rejectValue("maxLocalAuthority", "settings.range");
		}
		if (!result.hasFieldErrors("minBoardClinical") && !result.hasFieldErrors("maxBoardClinical")
				&& form.getMaxBoardClinical() < form.getMinBoardClinical()) {
			result.rejectValue("maxBoardClinical", "settings.range");
		}
		if (!result.hasFieldErrors("minTermMonths") && !result.hasFieldErrors("maxTermMonths")
				&& form.getMaxTermMonths() < form.getMinTermMonths()) {
			result.rejectValue("maxTermMonths", "settings.range");
		}
		if (!result.hasFieldErrors("minPatientDays") && form.getMinPatientDays().multiply(java.math.BigDecimal.valueOf(2))
			.stripTrailingZeros()
			.scale() > 0) {
			result.rejectValue("minPatientDays", "person.patientFacingDays.halves");
		}
	}

}
