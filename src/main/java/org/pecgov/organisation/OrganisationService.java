package org.pecgov.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;
import org.pecgov.shared.Problems;

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
		Problems.refuse(problemsOf(code, name, null, false));
		return this.organisations.save(Organisation.sha(code, name, this.clock.instant()));
	}

	@Transactional
	public Organisation createPct(String code, String name, Long shaId) {
		Problems.refuse(problemsOf(code, name, shaId, true));
		Organisation sha = this.organisations.findById(shaId).orElseThrow();
		Organisation pct = this.organisations.save(Organisation.pct(code, name, sha, this.clock.instant()));
		this.events.publishEvent(new PctCreated(pct.getId()));
		return pct;
	}

	/**
	 * What is wrong with a new SHA or PCT, without saving: every problem at once (a rule over a field that is
	 * missing is left to the form). Codes and names are unique across the service; a PCT belongs to an SHA.
	 * @param code the code typed, or null
	 * @param name the name typed, or null
	 * @param shaId the SHA chosen for a PCT, or null
	 * @param pct whether a PCT is being made
	 * @return the problems
	 */
	public java.util.List<FieldException.Problem> problemsOf(String code, String name, Long shaId, boolean pct) {
		return new org.pecgov.shared.Problems()
			.when(pct && shaId != null && this.organisations.findById(shaId)
				.filter((o) -> o.getType() == OrganisationType.SHA)
				.isEmpty(), "shaId", "organisation.sha.unknown")
			.when(code != null && this.organisations.existsByCodeIgnoringCase(code), "code",
					"organisation.code.duplicate")
			.when(name != null && this.organisations.existsByNameIgnoringCase(name), "name",
					"organisation.name.duplicate")
			.list();
	}


}
