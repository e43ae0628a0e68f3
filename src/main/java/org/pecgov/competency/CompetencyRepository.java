package org.pecgov.competency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompetencyRepository extends JpaRepository<Competency, Long> {

	List<Competency> findByOrganisationIdOrderByFamilyAscPositionAscIdAsc(Long organisationId);

	List<Competency> findByOrganisationIdAndIdIn(Long organisationId, Collection<Long> ids);

	Optional<Competency> findByIdAndOrganisationId(Long id, Long organisationId);

	long countByOrganisationId(Long organisationId);

	@Query("select count(c) > 0 from Competency c where c.organisationId = ?1 and lower(c.name) = lower(?2) and c.id <> ?3")
	boolean nameTaken(Long organisationId, String name, Long exceptId);

	@Query("select coalesce(max(c.position), 0) from Competency c where c.organisationId = ?1 and c.family = ?2")
	int lastPosition(Long organisationId, CompetencyFamily family);

}
