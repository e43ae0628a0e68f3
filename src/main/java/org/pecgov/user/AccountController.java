package org.pecgov.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.security.CurrentUser;
import org.pecgov.security.MustChangePasswordFilter;
import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.UserSessions;
import org.pecgov.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My account: the signed-in user's own details, password and signed-in sessions.
 */
@Controller
class AccountController {

	private final OwnPassword users;

	private final UserSessions sessions;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(OwnPassword users, UserSessions sessions) {
		this.users = users;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(Model model, HttpServletRequest request) {
		PecgovPrincipal me = CurrentUser.get();
		model.addAttribute("me", me);
		model.addAttribute("sessions", this.sessions.of(me.getEmail(), request.getSession().getId()));
		return "account/account";
	}

	/** What a member whose account was made through single sign-on sees until an administrator links it. */
	@GetMapping(MustChangePasswordFilter.AWAITING_LINK)
	String awaitingLink(Model model) {
		model.addAttribute("me", CurrentUser.get());
		return "account/awaiting-link";
	}

	@PostMapping("/account/sessions/{handle}/end")
	String endSession(@PathVariable String handle, RedirectAttributes redirect) {
		if (!this.sessions.end(CurrentUser.get().getEmail(), handle)) {
			throw new NotFoundException("Session", handle);
		}
		Flash.success(redirect, "account.sessions.ended.one");
		return "redirect:/account";
	}

	@PostMapping("/account/sessions/end-others")
	String endOtherSessions(HttpServletRequest request, RedirectAttributes redirect) {
		int ended = this.sessions.endAll(CurrentUser.get().getEmail(), request.getSession().getId());
		Flash.success(redirect, "account.sessions.ended.others", String.valueOf(ended));
		return "redirect:/account";
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
			this.users.changeOwnPassword(passwordForm.getCurrentPassword(), passwordForm.getNewPassword(),
					request.getSession().getId());
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
