package org.pecgov.competency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import org.pecgov.organisation.PctCreated;
import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;

import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency catalogue of a PCT.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyService {

	private final CompetencyRepository competencies;

	CompetencyService(CompetencyRepository competencies) {
		this.competencies = competencies;
	}

	/**
	 * The catalogue of the PCT the user reads, retired ones included, by family and position.
	 * @return the competencies
	 */
	public List<Competency> catalogue() {
		return this.competencies.findByOrganisationIdOrderByFamilyAscPositionAscIdAsc(CurrentUser.readableOrganisationId());
	}

	public List<Competency> active() {
		return catalogue().stream().filter((c) -> !c.isRetired()).toList();
	}

	public List<Competency> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.competencies.findByOrganisationIdAndIdIn(CurrentUser.readableOrganisationId(), ids);
	}

	public Competency get(Long id) {
		return this.competencies.findByIdAndOrganisationId(id, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("Competency", id));
	}

	@Transactional
	public Competency add(CompetencyFamily family, String name) {
		Long organisationId = CurrentUser.organisationId();
		checkName(organisationId, name, -1L);
		return this.competencies.save(new Competency(organisationId, family, name.strip(),
				this.competencies.lastPosition(organisationId, family) + 1));
	}

	@Transactional
	public Competency rename(Long id, long version, CompetencyFamily family, String name) {
		Competency competency = owned(id);
		competency.checkVersion(version);
		checkName(competency.getOrganisationId(), name, id);
		competency.rename(name.strip(), family);
		return this.competencies.saveAndFlush(competency);
	}

	@Transactional
	public Competency retire(Long id, long version) {
		Competency competency = owned(id);
		competency.checkVersion(version);
		competency.retire();
		return this.competencies.saveAndFlush(competency);
	}

	@Transactional
	public Competency restore(Long id, long version) {
		Competency competency = owned(id);
		competency.checkVersion(version);
		competency.restore();
		return this.competencies.saveAndFlush(competency);
	}

	@EventListener
	@Transactional
	public void onPctCreated(PctCreated event) {
		seedCatalogue(event.organisationId());
	}

	/**
	 * Gives a PCT with no competencies the catalogue of "Fit to lead" §5.1 and §5.2.
	 * @param organisationId the PCT
	 */
	@Transactional
	public void seedCatalogue(Long organisationId) {
		if (this.competencies.countByOrganisationId(organisationId) > 0) {
			return;
		}
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("competencies/fit-to-lead.txt").getInputStream(), StandardCharsets.UTF_8))) {
			CompetencyFamily family = null;
			int position = 0;
			for (String line : reader.lines().map(String::strip).toList()) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				if (line.startsWith("[") && line.endsWith("]")) {
					family = CompetencyFamily.valueOf(line.substring(1, line.length() - 1));
					position = 0;
				}
				else {
					this.competencies.save(new Competency(organisationId, family, line, ++position));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Competency owned(Long id) {
		return this.competencies.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Competency", id));
	}

	private void checkName(Long organisationId, String name, Long exceptId) {
		if (this.competencies.nameTaken(organisationId, name.strip(), exceptId)) {
			throw new FieldException("name", "competency.name.duplicate");
		}
	}

	/**
	 * Whether a name is taken by another competency of the user's PCT, without saving: checked with the form's own
	 * rules, so that every problem is said at once.
	 * @param name the name typed, or null
	 * @param exceptId the one being changed, or null
	 * @return the problem, if any
	 */
	public java.util.List<FieldException.Problem> nameProblems(String name, Long exceptId) {
		return (name != null && this.competencies.nameTaken(CurrentUser.organisationId(), name.strip(),
				(exceptId != null) ? exceptId : -1L)) ? java.util.List.of(new FieldException.Problem("name", "competency.name.duplicate"))
						: java.util.List.of();
	}

}
