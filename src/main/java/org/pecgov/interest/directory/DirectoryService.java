package org.pecgov.interest.directory;

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

	/**
	 * Organisations of the PCT the user reads, by id.
	 * @param ids the organisations
	 * @return those found
	 */
	public List<DirectoryOrganisation> byIds(Collection<Long> ids) {
		return ids.isEmpty() ? List.of()
				: this.directory.findByOrganisationIdAndIdIn(CurrentUser.readableOrganisationId(), ids);
	}

	/**
	 * Checks that organisations are in the directory of the PCT the user writes to.
	 * @param ids the organisations
	 * @param field the form field to blame when one is not
	 */
	public void checkOwned(Collection<Long> ids, String field) {
		if (!ids.isEmpty() && this.directory.findByOrganisationIdAndIdIn(CurrentUser.organisationId(), ids).size() != ids.size()) {
			throw new FieldException(field, "directory.unknown");
		}
	}

	public List<DirectoryOrganisation> owned(Long organisationId, Collection<Long> ids) {
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

	/**
	 * Whether a name is taken by another organisation in the directory of the user's PCT, without saving: checked with the form's own
	 * rules, so that every problem is said at once.
	 * @param name the name typed, or null
	 * @param exceptId the one being changed, or null
	 * @return the problem, if any
	 */
	public java.util.List<FieldException.Problem> nameProblems(String name, Long exceptId) {
		return (name != null && this.directory.nameTaken(CurrentUser.organisationId(), name.strip(),
				(exceptId != null) ? exceptId : -1L)) ? java.util.List.of(new FieldException.Problem("name", "directory.name.duplicate"))
						: java.util.List.of();
	}

}
