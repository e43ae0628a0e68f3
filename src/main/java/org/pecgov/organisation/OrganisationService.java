package org.pecgov.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SHAs and PCTs. Only operators create them; everybody else reads their own.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

	private final OrganisationRepository organisations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrganisationService(OrganisationRepository organisations, Clock clock, ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.clock = clock;
		this.events = events;
	}

	public Organisation get(Long id) {
		return this.organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
	}

	public Optional<Organisation> findByCode(String code) {
		return this.organisations.findByCode(code);
	}

	public List<Organisation> shas() {
		return this.organisations.findByTypeOrderByName(OrganisationType.SHA);
	}

	public List<Organisation> pctsOf(Long shaId) {
		return this.organisations.findByShaIdOrderByName(shaId);
	}

	public List<Organisation> pcts() {
		return this.organisations.findByTypeOrderByName(OrganisationType.PCT);
	}

	public List<Organisation> all() {
		return this.organisations.findAll(org.springframework.data.domain.Sort.by("type", "name"));
	}

	public boolean isEmpty() {
		return this.organisations.count() == 0;
	}

	@Transactional
	public Organisation createSha(String code, String name) {
		checkUnique(code, name);
		return this.organisations.save(Organisation.sha(code, name, this.clock.instant()));
	}

	@Transactional
	public Organisation createPct(String code, String name, Long shaId) {
		Organisation sha = this.organisations.findById(shaId)
			.filter((o) -> o.getType() == OrganisationType.SHA)
			.orElseThrow(() -> new FieldException("shaId", "organisation.sha.unknown"));
		checkUnique(code, name);
		Organisation pct = this.organisations.save(Organisation.pct(code, name, sha, this.clock.instant()));
		this.events.publishEvent(new PctCreated(pct.getId()));
		return pct;
	}

	private void checkUnique(String code, String name) {
		if (this.organisations.existsByCodeIgnoringCase(code)) {
			throw new FieldException("code", "organisation.code.duplicate");
		}
		if (this.organisations.existsByNameIgnoringCase(name)) {
			throw new FieldException("name", "organisation.name.duplicate");
		}
	}

}
