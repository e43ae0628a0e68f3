package org.pecgov.interest.round;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface BreachRepository extends JpaRepository<Breach, Long> {

	Page<Breach> findByOrganisationId(Long organisationId, Pageable pageable);

	Page<Breach> findByOrganisationIdAndStatus(Long organisationId, Breach.Status status, Pageable pageable);

	Optional<Breach> findByIdAndOrganisationId(Long id, Long organisationId);

	long countByOrganisationIdAndStatus(Long organisationId, Breach.Status status);

	boolean existsByDeclarationId(Long declarationId);

	List<Breach> findByOrganisationIdAndKindAndRoundYear(Long organisationId, Breach.Kind kind, Integer roundYear);

}
