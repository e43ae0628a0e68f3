package org.pecgov.interest.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoundReturnRepository extends JpaRepository<RoundReturn, Long> {

	Optional<RoundReturn> findByPersonIdAndRoundYear(Long personId, int roundYear);

	List<RoundReturn> findByOrganisationIdAndRoundYear(Long organisationId, int roundYear);

	boolean existsByPersonIdAndMadeOnGreaterThanEqual(Long personId, LocalDate day);

}
