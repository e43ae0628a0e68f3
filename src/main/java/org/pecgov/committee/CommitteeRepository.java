package org.pecgov.committee;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommitteeRepository extends JpaRepository<Committee, Long> {

	List<Committee> findByOrganisationIdOrderByKindAscNameAsc(Long organisationId);

	Optional<Committee> findByIdAndOrganisationId(Long id, Long organisationId);

	Optional<Committee> findByOrganisationIdAndKind(Long organisationId, CommitteeKind kind);

	@Query("select count(c) > 0 from Committee c where c.organisationId = ?1 and lower(c.name) = lower(?2) and c.id <> ?3")
	boolean nameTaken(Long organisationId, String name, Long exceptId);

}
