package org.pecgov.organisation;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.pecgov.security.CurrentUser;
import org.pecgov.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The read-only view of an SHA viewer: the PCTs of their Strategic Health Authority.
 */
@Controller
class ShaController {

	/** The session attribute holding the name of the PCT an SHA viewer looks at, for the page header. */
	static final String CHOSEN_PCT_NAME = "pecgov.sha.chosenPctName";

	private final OrganisationService organisations;

	ShaController(OrganisationService organisations) {
		this.organisations = organisations;
	}

	/**
	 * An SHA viewer chooses a PCT of their SHA to read; other PCTs do not exist for them.
	 * @param id the PCT
	 * @param session the viewer's session
	 * @return the PCT's committees
	 */
	@PostMapping("/sha/pcts/{id}")
	String choose(@PathVariable Long id, HttpSession session) {
		Long shaId = CurrentUser.get().getOrganisationId();
		Organisation pct = this.organisations.pctsOf(shaId)
			.stream()
			.filter((p) -> p.getId().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Organisation", id));
		session.setAttribute(CurrentUser.CHOSEN_PCT, pct.getId());
		session.setAttribute(CHOSEN_PCT_NAME, pct.getName());
		return "redirect:/committees";
	}

	@GetMapping("/sha")
	String overview(Model model) {
		Organisation sha = this.organisations.get(CurrentUser.get().getOrganisationId());
		List<Organisation> pcts = this.organisations.pctsOf(sha.getId());
		model.addAttribute("sha", sha);
		model.addAttribute("pcts", pcts);
		return "sha/overview";
	}

}
