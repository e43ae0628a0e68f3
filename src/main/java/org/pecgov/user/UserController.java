package org.pecgov.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;

import org.pecgov.member.PersonService;
import org.pecgov.security.Role;
import org.pecgov.shared.StaleEditException;
import org.pecgov.web.Flash;
import org.pecgov.web.Forms;
import org.pecgov.web.PageLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A PCT administrator's user management: add, change role, link to a person, disable, reset password.
 */
@Controller
@RequestMapping("/admin/users")
class UserController {

	private static final String FORM = "admin/users/form";

	private final UserService users;

	private final PersonService people;

	private final AccountLinks links;

	private final SecondFactors factors;

	UserController(UserService users, PersonService people, AccountLinks links, SecondFactors factors) {
		this.users = users;
		this.people = people;
		this.links = links;
		this.factors = factors;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		Forms.configure(binder);
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("roles", Role.PCT_ROLES);
		model.addAttribute("sendsEmail", this.links.enabled());
	}

	@GetMapping
	String list(@RequestParam(name = "page", defaultValue = "1") String page, Model model,
			HttpServletRequest request) {
		int number = PageLinks.number(page);
		Page<AppUser> list = this.users.list(PageRequest.of(number, 25, Sort.by("email")));
		model.addAttribute("users", list);
		model.addAttribute("pages", PageLinks.of(list, request));
		return "admin/users/list";
	}

	/**
	 * A new user; from a member's record, filled from it (their email, name, and the PEC member role), so that
	 * nothing is typed again.
	 */
	@GetMapping("/new")
	String newForm(@RequestParam(name = "person", required = false) Long personId, Model model) {
		UserForm form = new UserForm();
		if (personId != null) {
			org.pecgov.member.Person person = this.people.get(personId);
			// a retired person is given no login: the form stays blank
			if (!person.isRetired()) {
				form.setEmail(person.getEmail());
				form.setDisplayName(person.getFullName());
				form.setRole(Role.MEMBER);
				form.setPersonId(person.getId());
			}
		}
		model.addAttribute("userForm", form);
		model.addAttribute("people", this.people.activePeople());
		return FORM;
	}

	@PostMapping
	String create(@Validated({ Default.class, UserForm.OnCreate.class }) UserForm userForm, BindingResult result,
			Model model) {
		model.addAttribute("people", this.people.activePeople());
		checkRole(userForm, result);
		return Forms.submitChecked(result, () -> this.users.problemsOf(null, userForm.getEmail(), userForm.getRole(),
				userForm.getPersonId(), userForm.isEnabled()), () -> {
			model.addAttribute("newUser", this.users.create(userForm.toCommand()));
			return "admin/users/password";
		}, () -> FORM);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		AppUser user = this.users.get(id);
		model.addAttribute("user", user);
		model.addAttribute("hasSecondFactor", this.factors.hasOne(id));
		model.addAttribute("userForm", UserForm.from(user));
		model.addAttribute("people", this.people.activePeople());
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Validated UserForm userForm, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		AppUser current = this.users.get(id);
		model.addAttribute("user", current);
		model.addAttribute("hasSecondFactor", this.factors.hasOne(id));
		model.addAttribute("people", this.people.activePeople());
		userForm.setEmail(current.getEmail());
		checkRole(userForm, result);
		try {
			return Forms.submitChecked(result, () -> this.users.problemsOf(id, null, userForm.getRole(),
					userForm.getPersonId(), userForm.isEnabled()), () -> {
				this.users.update(id, (userForm.getVersion() != null) ? userForm.getVersion() : -1,
						userForm.toCommand());
				Flash.success(redirect, "user.updated", current.getEmail());
				return "redirect:/admin/users";
			}, () -> FORM);
		}
		catch (StaleEditException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("conflict", current);
			userForm.setVersion(current.getVersion());
			return FORM;
		}
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable Long id, @RequestParam("version") long version, Model model) {
		model.addAttribute("newUser", this.users.resetPassword(id, version));
		return "admin/users/password";
	}

	/**
	 * Removes a user's second factor (lost with its phone and recovery codes): they set up a new one at their next
	 * login, and are emailed that it was removed.
	 */
	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
		AppUser user = this.users.get(id);
		this.factors.reset(user.getId());
		Flash.success(redirect, "user.secondFactor.reset", user.getEmail());
		return "redirect:/admin/users/" + id + "/edit";
	}

	private static void checkRole(UserForm form, BindingResult result) {
		if (form.getRole() != null && !Role.PCT_ROLES.contains(form.getRole())) {
			result.rejectValue("role", "user.role.invalid");
		}
	}

}
