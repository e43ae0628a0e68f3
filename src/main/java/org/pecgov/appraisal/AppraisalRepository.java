package org.pecgov.appraisal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppraisalRepository extends JpaRepository<Appraisal, Long> {

	Optional<Appraisal> findByIdAndOrganisationId(Long id, Long organisationId);

	/**
	 * The current versions of a PCT's appraisals, or only those someone had, and those they held of people they
	 * still appraise.
	 */
	@Query("""
			select a from Appraisal a where a.organisationId = :organisationId and a.superseded = false
			and (:personId is null or a.personId = :personId
			     or (a.appraiserId = :personId and a.personId in :appraisees))
			""")
	Page<Appraisal> list(Long organisationId, Long personId, Collection<Long> appraisees, Pageable pageable);

	List<Appraisal> findByPersonIdAndSupersededFalseOrderByPeriodToDesc(Long personId);

	List<Appraisal> findByPersonIdOrderByPeriodToDesc(Long personId);

	/** The end of each person's last signed appraisal: person id and date. */
	@Query("""
			select a.personId, max(a.periodTo) from Appraisal a where a.organisationId = :organisationId
			and a.personId in :people and a.memberSignedAt is not null and a.appraiserSignedAt is not null
			group by a.personId
			""")
	List<Object[]> lastSigned(Long organisationId, java.util.Collection<Long> people);

	/** The appraisals not yet signed by both that someone has or holds, oldest first. */
	@Query("""
			select a from Appraisal a where a.organisationId = :organisationId and a.superseded = false
			and (a.memberSignedAt is null or a.appraiserSignedAt is null)
			and (a.personId = :personId or a.appraiserId = :personId)
			order by a.periodTo, a.id
			""")
	List<Appraisal> unsignedOf(Long organisationId, Long personId);

}
