package org.pecgov.appraisal.review;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

	/** A PCT's reviews, or only those someone held or had (when the person is given). */
	@Query("""
			select r from Review r where r.organisationId = :organisationId
			and (:personId is null or r.personId = :personId or r.reviewerId = :personId)
			""")
	Page<Review> list(Long organisationId, Long personId, Pageable pageable);

	Optional<Review> findByIdAndOrganisationId(Long id, Long organisationId);

	/** The day of each person's last review: person id and date. */
	@Query("""
			select r.personId, max(r.heldOn) from Review r where r.organisationId = :organisationId
			and r.personId in :people group by r.personId
			""")
	java.util.List<Object[]> lastHeld(Long organisationId, java.util.Collection<Long> people);

}
