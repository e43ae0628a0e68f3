package org.pecgov.indicator;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

	List<IndicatorTarget> findByOrganisationId(Long organisationId);

	List<IndicatorTarget> findByOrganisationIdIn(Collection<Long> organisationIds);

}
