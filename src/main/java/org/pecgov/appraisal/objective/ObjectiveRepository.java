package org.pecgov.appraisal.objective;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectiveRepository extends JpaRepository<Objective, Long> {

	List<Objective> findByPersonIdAndOrganisationIdOrderByDueOnAscIdAsc(Long personId, Long organisationId);

	Optional<Objective> findByIdAndPersonIdAndOrganisationId(Long id, Long personId, Long organisationId);

}
