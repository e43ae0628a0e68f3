package org.pecgov.user;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.SecondFactorFilter;
import org.pecgov.security.SignInStep;
import org.pecgov.shared.FieldException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My account's second factor: set up an authenticator app (scanning a QR code, or typing its key), see and renew
 * the recovery codes, turn it off where the user's role and PCT allow.
 */
@Controller
@RequestMapping("/account/two-factor")
class SecondFactorController {

	/** The secret being set up, kept in the session until the first code proves the app has it. */
	static final String PENDING_SECRET = "pecgov.twoFactor.secret";

	private final SecondFactors factors;

	private final MessageSource messages;

	SecondFactorController(SecondFactors factors, MessageSource messages) {
		this.factors = factors;
		this.messages = messages;
	}

	@GetMapping
	String status(Model model) {
		model.addAttribute("status", this.factors.status());
		model.addAttribute("codeForm", new CodeForm());
		return "account/two-factor";
	}

	@GetMapping("/setup")
	String setUpForm(Model model, HttpSession session, HttpServletRequest request) {
		if (this.factors.status().enabled()) {
			return "redirect:/account/two-factor";
		}
		model.addAttribute("codeForm", new CodeForm());
		return setUpPage(model, session, request);
	}

	@PostMapping("/setup")
	String setUp(@Valid CodeForm codeForm, BindingResult result, Model model, HttpSession session,
			HttpServletRequest request) {
		Object secret = session.getAttribute(PENDING_SECRET);
		if (!(secret instanceof String pending)) {
			return "redirect:/account/two-factor/setup";
		}
		if (!result.hasErrors()) {
			try {
				List<String> codes = this.factors.setUp(pending, codeForm.getCode());
				session.removeAttribute(PENDING_SECRET);
				SecondFactorFilter.done(request);
				model.addAttribute("codes", codes);
				model.addAttribute("justSetUp", true);
				return "account/recovery-codes";
			}
			catch (FieldException ex) {
				Forms.reject(result, ex);
			}
		}
		codeForm.setCode(null);
		return setUpPage(model, session, request);
	}

	@PostMapping("/recovery-codes")
	String newRecoveryCodes(@Valid CodeForm codeForm, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("codes", this.factors.newRecoveryCodes(codeForm.getCode()));
				model.addAttribute("justSetUp", false);
				return "account/recovery-codes";
			}
			catch (FieldException ex) {
				Forms.reject(result, ex);
			}
		}
		return statusAgain(codeForm, model);
	}

	@PostMapping("/off")
	String turnOff(@Valid CodeForm codeForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.factors.turnOff(codeForm.getCode());
				Flash.success(redirect, "twoFactor.turnedOff");
				return "redirect:/account/two-factor";
			}
			catch (FieldException ex) {
				Forms.reject(result, ex);
			}
		}
		return statusAgain(codeForm, model);
	}

	private String statusAgain(CodeForm codeForm, Model model) {
		codeForm.setCode(null);
		model.addAttribute("status", this.factors.status());
		return "account/two-factor";
	}

	private String setUpPage(Model model, HttpSession session, HttpServletRequest request) {
		model.addAttribute("mustSetUp", SecondFactorFilter.pending(request) == SignInStep.SETUP_REQUIRED);
		Object stored = session.getAttribute(PENDING_SECRET);
		String secret = (stored instanceof String s) ? s : TotpCodes.newSecret();
		session.setAttribute(PENDING_SECRET, secret);
		String issuer = this.messages.getMessage("service.name", null, LocaleContextHolder.getLocale());
		model.addAttribute("qrCode", QrCodes.svgDataUri(TotpCodes.appLink(issuer, CurrentUser.get().getEmail(), secret)));
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("status", this.factors.status());
		return "account/two-factor-setup";
	}

}
