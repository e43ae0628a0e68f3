package org.pecgov.remuneration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RateExceptionRepository extends JpaRepository<RateException, Long> {

	List<RateException> findByOrganisationId(Long organisationId);

	Optional<RateException> findByAppointmentId(Long appointmentId);

}
