package org.pecgov.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SsoDomainRepository extends JpaRepository<SsoDomain, Long> {

	Optional<SsoDomain> findByDomain(String domain);

	List<SsoDomain> findByOrganisationIdOrderByDomain(Long organisationId);

	Optional<SsoDomain> findByIdAndOrganisationId(Long id, Long organisationId);

}
