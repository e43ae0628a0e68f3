package org.pecgov.appointment.vacancy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

	List<Candidate> findByVacancyIdOrderById(Long vacancyId);

	boolean existsByVacancyIdAndPersonId(Long vacancyId, Long personId);

	List<Candidate> findByVacancyIdIn(java.util.Collection<Long> vacancyIds);

}
