package org.pecgov.indicator;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportPublicationRepository extends JpaRepository<ReportPublication, Long> {

	Optional<ReportPublication> findByOrganisationId(Long organisationId);

}
