package org.pecgov.organisation;

import java.util.List;

import org.pecgov.security.CurrentUser;
import org.pecgov.shared.ReadMemo;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PEC rules of the signed-in user's PCT.
 */
@Service
@Transactional(readOnly = true)
public class SettingsService {

	private final PctSettingsRepository settings;

	SettingsService(PctSettingsRepository settings) {
		this.settings = settings;
	}

	/**
	 * The rules of the PCT the signed-in user reads.
	 * @return the rules (defaults when the PCT has none saved)
	 */
	public PctSettings current() {
		return of(CurrentUser.readableOrganisationId());
	}

	public PctSettings of(Long organisationId) {
		return ReadMemo.get(List.of("settings", organisationId), () -> this.settings.findByOrganisationId(organisationId)
			.orElseGet(() -> PctSettings.defaultsFor(organisationId)));
	}

	@Transactional
	public PctSettings update(long version, PctSettings values) {
		Long organisationId = CurrentUser.organisationId();
		PctSettings current = this.settings.findByOrganisationId(organisationId)
			.orElseGet(() -> this.settings.save(PctSettings.defaultsFor(organisationId)));
		current.checkVersion(version);
		current.apply(values);
		current.markReviewed(java.time.Instant.now());
		return this.settings.saveAndFlush(current);
	}

	/**
	 * Records that a PCT's settings were reviewed as they are (the demo PCTs, set up as a real PCT would be).
	 * @param organisationId the PCT
	 */
	@Transactional
	public void markReviewed(Long organisationId) {
		ensureDefaults(organisationId);
		this.settings.findByOrganisationId(organisationId).ifPresent((s) -> s.markReviewed(java.time.Instant.now()));
	}

	@EventListener
	@Order(0)
	@Transactional
	public void onPctCreated(PctCreated event) {
		ensureDefaults(event.organisationId());
	}

	@Transactional
	public void ensureDefaults(Long organisationId) {
		if (this.settings.findByOrganisationId(organisationId).isEmpty()) {
			this.settings.save(PctSettings.defaultsFor(organisationId));
		}
	}

}
