package org.pecgov.remuneration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RemunerationRepository extends JpaRepository<RemunerationRate, Long> {

	List<RemunerationRate> findByOrganisationIdOrderByEffectiveFromDesc(Long organisationId);

}
