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

	/** Entries whose declarant asked for them to be withheld: undecided first, then the latest decisions. */
	@Query("""
			select d from Declaration d where d.organisationId = ?1 and d.publishConsent = false
			order by case when d.withholdDecision is null then 0 else 1 end, d.withholdDecidedOn desc, d.id desc""")
	Page<Declaration> withholdingRequests(Long organisationId, Pageable pageable);

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

}
