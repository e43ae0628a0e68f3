package org.pecgov.committee;

import org.pecgov.competency.CompetencyService;
import org.pecgov.organisation.Organisation;
import org.pecgov.organisation.OrganisationService;
import org.pecgov.organisation.SettingsService;
import org.pecgov.shared.StartupLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Gives every PCT that lacks them its PEC rules, competency catalogue, PEC and Board (new PCTs get
 * them when they are created; this covers PCTs created before these features).
 */
@Component
class PctDefaults implements ApplicationRunner {

	private final OrganisationService organisations;

	private final SettingsService settings;

	private final CompetencyService competencies;

	private final CommitteeService committees;

	private final StartupLock startup;

	PctDefaults(OrganisationService organisations, SettingsService settings, CompetencyService competencies,
			CommitteeService committees, StartupLock startup) {
		this.organisations = organisations;
		this.settings = settings;
		this.competencies = competencies;
		this.committees = committees;
		this.startup = startup;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Organisation pct : this.organisations.pcts()) {
			this.startup.holding(() -> {
				this.settings.ensureDefaults(pct.getId());
				this.competencies.seedCatalogue(pct.getId());
				this.committees.ensureDefaults(pct.getId());
			});
		}
	}

}
