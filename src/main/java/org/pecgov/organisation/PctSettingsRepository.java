package org.pecgov.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PctSettingsRepository extends JpaRepository<PctSettings, Long> {

	Optional<PctSettings> findByOrganisationId(Long organisationId);

}
