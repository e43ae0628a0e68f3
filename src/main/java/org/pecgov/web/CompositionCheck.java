package org.pecgov.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The PEC's composition rules not met now, so that a save which breaks one can say so: answered by the
 * appointment feature (which knows who holds which post), asked by every page that saves something the rules
 * count (a member's record, an appointment, an ending, the PCT's settings).
 */
public interface CompositionCheck {

	/**
	 * The rules the PEC of the PCT the user reads does not meet now (advice left out).
	 * @return them, or empty when the PCT has no PEC
	 */
	Optional<Unmet> unmetNow();

	/**
	 * What a save newly broke, as an important notice naming each rule and leading to the PEC's composition.
	 * @param before the rules not met before the save
	 * @param after the rules not met after it
	 * @return the notice, or empty when the save broke nothing
	 */
	static Optional<Flash.Important> brokenBy(Optional<Unmet> before, Optional<Unmet> after) {
		if (before.isEmpty() || after.isEmpty()) {
			return Optional.empty();
		}
		List<String> broken = after.get()
			.rules()
			.stream()
			.filter((rule) -> !before.get().rules().contains(rule))
			.sorted()
			.map((rule) -> "composition." + rule + ".name")
			.toList();
		return broken.isEmpty() ? Optional.empty()
				: Optional.of(new Flash.Important("composition.banner.heading", new Object[0], broken,
						"/committees/" + after.get().pecId() + "/composition", "composition.banner.link"));
	}

	/**
	 * Runs a save and, when it newly breaks a rule of the PEC's composition, says so on the next page.
	 * @param <T> what the save returns
	 * @param check the check, or null where the appointment feature is not there (slice tests)
	 * @param redirect the redirect to the next page
	 * @param save the save
	 * @return what the save returned
	 */
	static <T> T watching(CompositionCheck check, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
			java.util.function.Supplier<T> save) {
		if (check == null) {
			return save.get();
		}
		Optional<Unmet> before = check.unmetNow();
		T saved = save.get();
		brokenBy(before, check.unmetNow()).ifPresent((notice) -> Flash.important(redirect, notice));
		return saved;
	}

	/**
	 * The rules a PEC does not meet.
	 * @param pecId the PEC
	 * @param rules the names of the rules
	 */
	record Unmet(Long pecId, Set<String> rules) {
	}

}
