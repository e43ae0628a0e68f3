package org.pecgov.appointment.vacancy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;

interface VacancyRepository extends JpaRepository<Vacancy, Long> {

	Optional<Vacancy> findByIdAndOrganisationId(Long id, Long organisationId);

	List<Vacancy> findByOrganisationId(Long organisationId, Sort sort);

	List<Vacancy> findByOrganisationIdAndStatus(Long organisationId, VacancyStatus status);

	/** Every PCT's vacancies of a status (for the daily reminders). */
	List<Vacancy> findByStatus(VacancyStatus status);

	boolean existsByPostIdAndStatus(Long postId, VacancyStatus status);

}
