package org.pecgov.appointment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

	Optional<Appointment> findByIdAndOrganisationId(Long id, Long organisationId);

	/** An appointment, locked until the transaction ends: two renewals of one term wait for each other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Appointment a where a.id = :id and a.organisationId = :organisationId")
	Optional<Appointment> lock(Long id, Long organisationId);

	List<Appointment> findByPostIdOrderByTermStartDesc(Long postId);

	List<Appointment> findByPostIdInOrderByTermStartDesc(Collection<Long> postIds);

	/** A PCT's appointments in force on a day: the rule of {@link Appointment#isCurrent}, in the database. */
	@Query("""
			select a from Appointment a where a.organisationId = :organisationId and a.termStart <= :day
			and (coalesce(a.endedOn, a.termEnd) is null or coalesce(a.endedOn, a.termEnd) >= :day)
			""")
	List<Appointment> currentIn(Long organisationId, LocalDate day);

	/** A PCT's appointments in force on a day or starting after it. */
	@Query("""
			select a from Appointment a where a.organisationId = :organisationId
			and (coalesce(a.endedOn, a.termEnd) is null or coalesce(a.endedOn, a.termEnd) >= :day)
			""")
	List<Appointment> currentOrComingIn(Long organisationId, LocalDate day);

	List<Appointment> findByOrganisationId(Long organisationId);

	/** Every PCT's appointments not ended whose term ends between two days (for the daily reminders). */
	List<Appointment> findByEndedOnIsNullAndTermEndBetween(java.time.LocalDate from, java.time.LocalDate to);

	List<Appointment> findByPersonIdOrderByTermStartDesc(Long personId);

}
