package org.pecgov.appraisal.training;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingRepository extends JpaRepository<TrainingRecord, Long> {

	@Query("select t from TrainingRecord t where t.organisationId = :organisationId and (:personId is null or t.personId = :personId)")
	Page<TrainingRecord> list(Long organisationId, Long personId, Pageable pageable);

	@Query("select distinct t.personId from TrainingRecord t where t.organisationId = :organisationId and t.attendedOn >= :since")
	List<Long> trainedSince(Long organisationId, LocalDate since);

	@Query("select count(t) from TrainingRecord t where t.organisationId = :organisationId and t.personId = :personId and t.attendedOn >= :since")
	long countOf(Long organisationId, Long personId, LocalDate since);

}
