package org.pecgov.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.MustChangePasswordFilter;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own password.
 */
@Controller
class AccountController {

	private final UserService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(UserService users) {
		this.users = users;
	}

	@GetMapping(MustChangePasswordFilter.CHANGE_PASSWORD)
	String passwordForm(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("mustChange", CurrentUser.get().isMustChangePassword());
		return "account/password";
	}

	@PostMapping(MustChangePasswordFilter.CHANGE_PASSWORD)
	String changePassword(@Valid PasswordForm passwordForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("mustChange", CurrentUser.get().isMustChangePassword());
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !passwordForm.getNewPassword().equals(passwordForm.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		return Forms.submitChecked(result,
				() -> this.users.passwordProblems(passwordForm.getCurrentPassword(), passwordForm.getNewPassword()), () -> {
			this.users.changeOwnPassword(passwordForm.getCurrentPassword(), passwordForm.getNewPassword());
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			PecgovPrincipal updated = CurrentUser.get().withPasswordChanged();
			var authentication = UsernamePasswordAuthenticationToken.authenticated(updated, null,
					current.getAuthorities());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			SecurityContextHolder.setContext(context);
			this.contexts.saveContext(context, request, response);
			Flash.success(redirect, "password.changed");
			return "redirect:/";
		}, () -> {
			clear(passwordForm);
			return "account/password";
		});
	}

	/** Passwords are never sent back to the browser. */
	private static void clear(PasswordForm form) {
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		form.setConfirmPassword(null);
	}

}
