package org.pecgov.interest;

import java.util.Collection;
import java.util.List;

import org.pecgov.security.CurrentUser;
import org.pecgov.shared.FieldException;
import org.pecgov.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of organisations of a PCT: what declarations (and agenda items) concern.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

	public static final int PAGE_SIZE = 50;

	private final DirectoryRepository directory;

	DirectoryService(DirectoryRepository directory) {
		this.directory = directory;
	}

	public Page<DirectoryOrganisation> list(int page) {
		return this.directory.findByOrganisationId(CurrentUser.readableOrganisationId(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "id")));
	}

	public List<DirectoryOrganisation> active() {
		return this.directory.findByOrganisationIdAndRetiredFalseOrderByName(CurrentUser.readableOrganisationId());
	}

	public DirectoryOrganisation get(Long id) {
		return this.directory.findByIdAndOrganisationId(id, CurrentUser.readableOrganisationId())
			.orElseThrow(() -> new NotFoundException("Organisation", id));
	}

	List<DirectoryOrganisation> owned(Long organisationId, Collection<Long> ids) {
		List<DirectoryOrganisation> found = ids.isEmpty() ? List.of()
				: this.directory.findByOrganisationIdAndIdIn(organisationId, ids);
		if (found.size() != ids.size()) {
			throw new FieldException("organisationIds", "declaration.organisation.unknown");
		}
		return found;
	}

	@Transactional
	public DirectoryOrganisation add(DirectoryType type, String name, String code) {
		Long organisationId = CurrentUser.organisationId();
		checkName(organisationId, name, -1L);
		return this.directory.save(new DirectoryOrganisation(organisationId, type, name.strip(), code));
	}

	/**
	 * Adds an organisation to a PCT's directory at start-up, for demo data.
	 * @param organisationId the PCT
	 * @param type its type
	 * @param name its name
	 * @param code its code
	 * @return it
	 */
	@Transactional
	public DirectoryOrganisation addTo(Long organisationId, DirectoryType type, String name, String code) {
		return this.directory.save(new DirectoryOrganisation(organisationId, type, name, code));
	}

	@Transactional
	public DirectoryOrganisation update(Long id, long version, DirectoryType type, String name, String code) {
		DirectoryOrganisation entry = this.directory.findByIdAndOrganisationId(id, CurrentUser.organisationId())
			.orElseThrow(() -> new NotFoundException("Organisation", id));
		entry.checkVersion(version);
		checkName(entry.getOrganisationId(), name, id);
		entry.change(type, name.strip(), code);
		return this.directory.saveAndFlush(entry);
	}

	private void checkName(Long organisationId, String name, Long exceptId) {
		if (this.directory.nameTaken(organisationId, name.strip(), exceptId)) {
			throw new FieldException("name", "directory.name.duplicate");
		}
	}

}
