package org.pecgov.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.pecgov.web.Flash;
import org.pecgov.web.Forms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?" and the page an emailed link opens to set a password. Both are for people not
 * signed in. The answer to "Forgot your password?" is the same whether or not the address is a user's, and
 * however often it is asked.
 */
@Controller
class PasswordLinkController {

	static final String FORGOT = "/login/forgot";

	/** Requests for a reset from one network address in a minute before the rest are answered without a look. */
	static final int REQUESTS_PER_MINUTE = 10;

	private final AccountLinks links;

	private final Clock clock;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	PasswordLinkController(AccountLinks links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	@GetMapping(FORGOT)
	String forgotForm(Model model) {
		model.addAttribute("forgotForm", new ForgotForm());
		model.addAttribute("sendsEmail", this.links.enabled());
		return "account/forgot";
	}

	@PostMapping(FORGOT)
	String forgot(@Valid ForgotForm forgotForm, BindingResult result, Model model, HttpServletRequest request) {
		model.addAttribute("sendsEmail", this.links.enabled());
		if (result.hasErrors()) {
			return "account/forgot";
		}
		if (allowed(request.getRemoteAddr())) {
			this.links.forgot(forgotForm.getEmail());
		}
		return "redirect:" + FORGOT + "/sent";
	}

	@GetMapping(FORGOT + "/sent")
	String sent(Model model) {
		model.addAttribute("sendsEmail", this.links.enabled());
		return "account/forgot-sent";
	}

	@GetMapping("/set-password/{secret}")
	String setPasswordForm(@PathVariable String secret, Model model, HttpServletResponse response) {
		return this.links.open(secret).map((link) -> {
			model.addAttribute("link", link);
			model.addAttribute("secret", secret);
			model.addAttribute("newPasswordForm", new NewPasswordForm());
			return "account/set-password";
		}).orElseGet(() -> invalid(response));
	}

	@PostMapping("/set-password/{secret}")
	String setPassword(@PathVariable String secret, @Valid NewPasswordForm newPasswordForm, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		var link = this.links.open(secret);
		if (link.isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("link", link.get());
		model.addAttribute("secret", secret);
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !newPasswordForm.getNewPassword().equals(newPasswordForm.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.confirm.mismatch");
		}
		return Forms.submitChecked(result, () -> this.links.problemsOf(secret, newPasswordForm.getNewPassword()),
				() -> this.links.setPassword(secret, newPasswordForm.getNewPassword()).map((email) -> {
					Flash.success(redirect, "setPassword.done");
					return "redirect:/login";
				}).orElseGet(() -> invalid(response)), () -> clear(newPasswordForm));
	}

	private static String clear(NewPasswordForm form) {
		form.setNewPassword(null);
		form.setConfirmPassword(null);
		return "account/set-password";
	}

	/** An unknown, used or expired link: a page that says so and how to get a new one; nothing changed. */
	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		return "account/link-invalid";
	}

	/** At most {@link #REQUESTS_PER_MINUTE} requests a minute from one address (on this instance). */
	private boolean allowed(String address) {
		Instant now = this.clock.instant();
		if (this.recent.size() > 10_000) {
			this.recent.clear();
		}
		Deque<Instant> times = this.recent.computeIfAbsent(address, (key) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(Duration.ofMinutes(1)))) {
				times.pollFirst();
			}
			if (times.size() >= REQUESTS_PER_MINUTE) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

}
