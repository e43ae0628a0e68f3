package org.pecgov.audit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	@Query("select c from AuditChange c where c.eventId in ?1 order by c.eventId, c.field")
	List<AuditChange> changesOf(Collection<Long> eventIds);

	/**
	 * Everyone a PCT's trail concerns, found by skipping through the index on (organisation, person): one probe per
	 * person, however long the trail (a plain DISTINCT would read every event of the PCT).
	 * @param organisationId the PCT
	 * @return the people's ids, in order
	 */
	@Query(value = """
			with recursive concerned(person_id) as (
			    (select person_id from audit_event
			      where organisation_id = :organisationId and person_id is not null
			      order by person_id limit 1)
			    union all
			    select (select e.person_id from audit_event e
			             where e.organisation_id = :organisationId and e.person_id > c.person_id
			             order by e.person_id limit 1)
			      from concerned c
			     where c.person_id is not null)
			select person_id from concerned where person_id is not null""", nativeQuery = true)
	List<Long> peopleConcerned(Long organisationId);

	Page<AuditEvent> findByOrganisationIdAndEntityTypeAndEntityId(Long organisationId, String entityType, Long entityId,
			Pageable pageable);

	default Page<AuditEvent> search(Specification<AuditEvent> specification, Pageable pageable) {
		return findAll(specification, pageable);
	}

}
