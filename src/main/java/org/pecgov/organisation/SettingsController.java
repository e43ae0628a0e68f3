package org.pecgov.organisation;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.shared.StaleEditException;
import org.pecgov.web.CompositionCheck;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	private final ObjectProvider<CompositionCheck> composition;

	/** Whether single sign-on is set up for the service: a PCT can only require it then. */
	private final boolean singleSignOn;

	SettingsController(SettingsService settings, ObjectProvider<CompositionCheck> composition,
			@Value("${pecgov.sso.issuer:}") String ssoIssuer) {
		this.settings = settings;
		this.composition = composition;
		this.singleSignOn = !ssoIssuer.isBlank();
	}

	@ModelAttribute("singleSignOn")
	boolean singleSignOn() {
		return this.singleSignOn;
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
		if (!this.singleSignOn) {
			settingsForm.setRequireSingleSignOn(false);
		}
		if (result.hasErrors()) {
			return FORM;
		}
		PctSettings before = this.settings.current();
		java.time.MonthDay opened = before.getRoundOpens();
		java.time.MonthDay closed = before.getRoundCloses();
		try {
			CompositionCheck.watching(this.composition.getIfAvailable(), redirect,
					() -> this.settings.update((settingsForm.getVersion() != null) ? settingsForm.getVersion() : -1,
							settingsForm.toValues()));
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			PctSettings current = this.settings.current();
			model.addAttribute("conflict", current);
			settingsForm.setVersion(current.getVersion());
			return FORM;
		}
		Flash.success(redirect, "settings.updated");
		PctSettings after = this.settings.current();
		if (!after.getRoundOpens().equals(opened) || !after.getRoundCloses().equals(closed)) {
			// a change of dates moves the round under way; what was returned in it stands
			redirect.addFlashAttribute(Flash.IMPORTANT, new Flash.Important("settings.round.changed",
					new Object[] { dayAndMonth(after.getRoundOpens()), dayAndMonth(after.getRoundCloses()) },
					java.util.List.of(), null, null));
		}
		return "redirect:/admin/settings";
	}

	private static String dayAndMonth(java.time.MonthDay day) {
		return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM", java.util.Locale.UK));
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
		java.util.Map<String, java.math.BigDecimal> days = new java.util.LinkedHashMap<>();
		days.put("minPatientDays", form.getMinPatientDays());
		days.put("chairDaysMin", form.getChairDaysMin());
		days.put("chairDaysMax", form.getChairDaysMax());
		days.put("memberDaysMin", form.getMemberDaysMin());
		days.put("memberDaysMax", form.getMemberDaysMax());
		days.forEach((field, value) -> {
			if (!result.hasFieldErrors(field) && value != null
					&& value.multiply(java.math.BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
				result.rejectValue(field, "minPatientDays".equals(field) ? "person.patientFacingDays.halves"
						: "settings.days.halves");
			}
		});
		checkRange(result, "chairDaysMin", "chairDaysMax", form.getChairDaysMin(), form.getChairDaysMax());
		checkRange(result, "memberDaysMin", "memberDaysMax", form.getMemberDaysMin(), form.getMemberDaysMax());
		checkRange(result, "panelMin", "panelMax", form.getPanelMin(), form.getPanelMax());
		if (!SettingsForm.MANAGEMENT_POSTS.containsAll(form.getCoreManagement())) {
			result.rejectValue("coreManagement", "settings.coreManagement.unknown");
		}
		// nobody appraises themself: the PEC chair by the PEC chair, the chief executive by the chief executive
		if (form.getAppraisers().get("CHAIR") == AppraisalLine.PEC_CHAIR) {
			result.rejectValue("appraisers[CHAIR]", "settings.appraisers.self");
		}
		if (form.getAppraisers().get("CHIEF_EXECUTIVE") == AppraisalLine.CHIEF_EXECUTIVE) {
			result.rejectValue("appraisers[CHIEF_EXECUTIVE]", "settings.appraisers.self");
		}
		if (!result.hasFieldErrors("hospitalityDeclareOver") && !result.hasFieldErrors("hospitalityApprovalOver")
				&& form.getHospitalityDeclareOver() != null && form.getHospitalityApprovalOver() != null
				&& form.getHospitalityApprovalOver().compareTo(form.getHospitalityDeclareOver()) < 0) {
			result.rejectValue("hospitalityApprovalOver", "settings.hospitality.belowDeclare");
		}
		if (!result.hasFieldErrors("roundOpens") && !result.hasFieldErrors("roundCloses")
				&& form.getRoundOpens() != null && form.getRoundCloses() != null
				&& SettingsForm.dayOfYear(form.getRoundOpens()) != null
				&& SettingsForm.dayOfYear(form.getRoundOpens()).equals(SettingsForm.dayOfYear(form.getRoundCloses()))) {
			result.rejectValue("roundCloses", "settings.round.sameDay");
		}
	}

	private static <T extends Comparable<T>> void checkRange(BindingResult result, String minField, String maxField,
			T min, T max) {
		if (!result.hasFieldErrors(minField) && !result.hasFieldErrors(maxField) && min != null && max != null
				&& max.compareTo(min) < 0) {
			result.rejectValue(maxField, "settings.range");
		}
	}

}
