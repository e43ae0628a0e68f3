package org.pecgov.interest.round;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoundReturnRepository extends JpaRepository<RoundReturn, Long> {

	Optional<RoundReturn> findByPersonIdAndRoundYear(Long personId, int roundYear);

	List<RoundReturn> findByOrganisationIdAndRoundYear(Long organisationId, int roundYear);

	boolean existsByPersonIdAndMadeOnGreaterThanEqual(Long personId, LocalDate day);

	/** Who made a return in a round, and who of some people declared something on or after a day. */
	@Query(value = """
			select r.person_id from round_return r where r.organisation_id = :organisationId and r.round_year = :year
			union
			select d.person_id from declaration d where d.organisation_id = :organisationId
			and d.person_id in (:people) and d.declared_on >= :since
			""", nativeQuery = true)
	List<Long> returnedOrDeclared(Long organisationId, int year, Collection<Long> people, LocalDate since);

}
