package org.pecgov.appointment.ballot;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BallotRepository extends JpaRepository<Ballot, Long> {

	Optional<Ballot> findByVacancyId(Long vacancyId);

	java.util.List<Ballot> findByVacancyIdIn(java.util.Collection<Long> vacancyIds);

}
