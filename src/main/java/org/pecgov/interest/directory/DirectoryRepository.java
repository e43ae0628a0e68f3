package org.pecgov.interest.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DirectoryRepository extends JpaRepository<DirectoryOrganisation, Long> {

	Page<DirectoryOrganisation> findByOrganisationId(Long organisationId, Pageable pageable);

	List<DirectoryOrganisation> findByOrganisationIdAndRetiredFalseOrderByName(Long organisationId);

	List<DirectoryOrganisation> findByOrganisationIdAndIdIn(Long organisationId, Collection<Long> ids);

	Optional<DirectoryOrganisation> findByIdAndOrganisationId(Long id, Long organisationId);

	@Query("select count(d) > 0 from DirectoryOrganisation d where d.organisationId = ?1 and lower(d.name) = lower(?2) and d.id <> ?3")
	boolean nameTaken(Long organisationId, String name, Long exceptId);

}
