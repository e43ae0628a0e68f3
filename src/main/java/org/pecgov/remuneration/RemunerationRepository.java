package org.pecgov.remuneration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RemunerationRepository extends JpaRepository<RemunerationRate, Long> {

	List<RemunerationRate> findByOrganisationIdOrderByEffectiveFromDesc(Long organisationId);

	Optional<RemunerationRate> findByIdAndOrganisationId(Long id, Long organisationId);

}
