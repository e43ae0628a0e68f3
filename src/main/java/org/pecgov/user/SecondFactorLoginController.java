package org.pecgov.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.security.SecondFactorFilter;
import org.pecgov.security.SignInStep;
import org.pecgov.web.Flash;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of a login: the code of the user's authenticator app, or one of their recovery codes. Five wrong
 * codes in a row lock the account for 15 minutes and end the half-made login.
 */
@Controller
class SecondFactorLoginController {

	private final SecondFactors factors;

	SecondFactorLoginController(SecondFactors factors) {
		this.factors = factors;
	}

	@GetMapping(SecondFactorFilter.CODE_PAGE)
	String form(Model model, HttpServletRequest request) {
		if (SecondFactorFilter.pending(request) != SignInStep.CODE) {
			return "redirect:/";
		}
		model.addAttribute("codeForm", new CodeForm());
		return "account/login-code";
	}

	@PostMapping(SecondFactorFilter.CODE_PAGE)
	String check(@Valid CodeForm codeForm, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (SecondFactorFilter.pending(request) != SignInStep.CODE) {
			return "redirect:/";
		}
		if (result.hasErrors()) {
			return "account/login-code";
		}
		SecondFactors.Check check = this.factors.check(codeForm.getCode());
		switch (check.outcome()) {
			case RIGHT -> {
				SecondFactorFilter.done(request);
				return "redirect:/";
			}
			case RECOVERY_CODE_USED -> {
				SecondFactorFilter.done(request);
				Flash.important(redirect, new Flash.Important("twoFactor.recoveryCodeUsed",
						new Object[] { check.recoveryCodesLeft() }, java.util.List.of(), "/account/two-factor",
						"twoFactor.recoveryCodes.manage"));
				return "redirect:/";
			}
			case LOCKED -> {
				new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
				return "redirect:/login?codeLocked";
			}
			default -> {
				result.rejectValue("code", "twoFactor.code.wrong");
				codeForm.setCode(null);
				return "account/login-code";
			}
		}
	}

}
