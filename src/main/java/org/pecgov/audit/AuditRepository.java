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

	@Query("select distinct e.personId from AuditEvent e where e.organisationId = ?1 and e.personId is not null")
	List<Long> peopleConcerned(Long organisationId);

	Page<AuditEvent> findByOrganisationIdAndEntityTypeAndEntityId(Long organisationId, String entityType, Long entityId,
			Pageable pageable);

	default Page<AuditEvent> search(Specification<AuditEvent> specification, Pageable pageable) {
		return findAll(specification, pageable);
	}

}
