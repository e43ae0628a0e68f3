package org.pecgov.appointment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

	Optional<Appointment> findByIdAndOrganisationId(Long id, Long organisationId);

	List<Appointment> findByPostIdOrderByTermStartDesc(Long postId);

	List<Appointment> findByPostIdInOrderByTermStartDesc(Collection<Long> postIds);

	List<Appointment> findByOrganisationIdAndEndedOnIsNull(Long organisationId);

	List<Appointment> findByOrganisationId(Long organisationId);

	List<Appointment> findByPersonIdOrderByTermStartDesc(Long personId);

}
