package org.pecgov.interest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface DeclarationRepository extends JpaRepository<Declaration, Long>, JpaSpecificationExecutor<Declaration> {

	Optional<Declaration> findByIdAndOrganisationId(Long id, Long organisationId);

	/**
	 * Entries whose declarant asked for them to be withheld, or that a reviewer passed to the guardian: undecided
	 * first, then the latest decisions.
	 */
	@Query("""
			select d from Declaration d where d.organisationId = ?1 and (d.publishConsent = false
			  or d.reviewStatus = org.pecgov.interest.ReviewStatus.WITH_GUARDIAN or d.withholdDecision is not null)
			order by case when d.withholdDecision is null then 0 else 1 end, d.withholdDecidedOn desc, d.id desc""")
	Page<Declaration> withholdingRequests(Long organisationId, Pageable pageable);

	/**
	 * The review queue, but the reviewer's own declarations (another reviews them): waiting for review first, then
	 * waiting for the declarant or the guardian, oldest first.
	 */
	@Query(value = """
			select d from Declaration d where d.organisationId = ?1 and d.personId <> ?2
			  and d.reviewStatus <> org.pecgov.interest.ReviewStatus.PUBLISHED
			order by case d.reviewStatus when org.pecgov.interest.ReviewStatus.PENDING then 0 else 1 end, d.id""",
			countQuery = """
			select count(d) from Declaration d where d.organisationId = ?1 and d.personId <> ?2
			  and d.reviewStatus <> org.pecgov.interest.ReviewStatus.PUBLISHED""")
	Page<Declaration> reviewQueue(Long organisationId, Long reviewerPersonId, Pageable pageable);

	/** How many declarations wait for a reviewer's review (not their own). */
	@Query("""
			select count(d) from Declaration d where d.organisationId = ?1 and d.personId <> ?2
			  and d.reviewStatus = org.pecgov.interest.ReviewStatus.PENDING""")
	long countWaitingFor(Long organisationId, Long reviewerPersonId);

	long countByOrganisationIdAndReviewStatus(Long organisationId, ReviewStatus status);

	long countByOrganisationIdAndPersonIdAndReviewStatus(Long organisationId, Long personId, ReviewStatus status);

	@EntityGraph(attributePaths = "organisations")
	List<Declaration> findByPersonIdAndOrganisationIdOrderByFromDateDesc(Long personId, Long organisationId);

	@EntityGraph(attributePaths = "organisations")
	@Query("select d from Declaration d where d.id in ?1")
	List<Declaration> findWithOrganisations(List<Long> ids);

	@Query("""
			select d.id from Declaration d join d.organisations o
			where d.organisationId = ?1 and o.id = ?2 and (d.toDate is null or d.toDate >= ?3) and d.fromDate <= ?3
			order by d.fromDate desc""")
	List<Long> currentIn(Long organisationId, Long directoryId, java.time.LocalDate today);

	default Page<Declaration> search(Specification<Declaration> specification, Pageable pageable) {
		return findAll(specification, pageable);
	}

	boolean existsByPersonIdAndDeclaredOnGreaterThanEqual(Long personId, LocalDate day);

	/** The current interests on a day of some people in some organisations of the directory. */
	@Query(value = """
			select d.id, d.person_id, o.directory_id, d.description
			from declaration d join declaration_organisation o on o.declaration_id = d.id
			where d.organisation_id = :organisationId and d.person_id in (:people) and o.directory_id in (:directory)
			  and d.from_date <= :day and (d.to_date is null or d.to_date >= :day)
			order by d.person_id, d.id
			""", nativeQuery = true)
	List<Object[]> concerning(Long organisationId, java.util.Collection<Long> people,
			java.util.Collection<Long> directory, LocalDate day);

	/** The interests current on some day of a span, with the days they ran, of some people in some organisations. */
	@Query(value = """
			select d.id, d.person_id, o.directory_id, d.description, d.from_date, d.to_date
			from declaration d join declaration_organisation o on o.declaration_id = d.id
			where d.organisation_id = :organisationId and d.person_id in (:people) and o.directory_id in (:directory)
			  and d.from_date <= :to and (d.to_date is null or d.to_date >= :from)
			order by d.person_id, d.id
			""", nativeQuery = true)
	List<Object[]> concerningBetween(Long organisationId, java.util.Collection<Long> people,
			java.util.Collection<Long> directory, LocalDate from, LocalDate to);

	/** Of those, the interests the public may see (consented, or published by the guardian): person and organisation. */
	@Query(value = """
			select distinct d.person_id, o.directory_id
			from declaration d join declaration_organisation o on o.declaration_id = d.id
			where d.organisation_id = :organisationId and d.person_id in (:people) and o.directory_id in (:directory)
			  and d.from_date <= :day and (d.to_date is null or d.to_date >= :day)
			  and (d.public_description is not null or d.review_status = 'PUBLISHED')
			  and ((d.publish_consent and coalesce(d.withhold_decision, '') <> 'WITHHELD')
			       or d.withhold_decision = 'PUBLISHED')
			""", nativeQuery = true)
	List<Object[]> publishedConcerning(Long organisationId, java.util.Collection<Long> people,
			java.util.Collection<Long> directory, LocalDate day);

	/** Who of some people declared something on or after a day. */
	@Query("select distinct d.personId from Declaration d where d.organisationId = :organisationId and d.personId in :people and d.declaredOn >= :since")
	List<Long> declaredSince(Long organisationId, java.util.Collection<Long> people, LocalDate since);

}
