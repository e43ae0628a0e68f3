package org.pecgov.organisation;

import java.util.List;

import org.pecgov.security.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The read-only view of an SHA viewer: the PCTs of their Strategic Health Authority.
 */
@Controller
class ShaController {

	private final OrganisationService organisations;

	ShaController(OrganisationService organisations) {
		this.organisations = organisations;
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
