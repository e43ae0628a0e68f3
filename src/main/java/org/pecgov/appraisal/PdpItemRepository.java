package org.pecgov.appraisal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PdpItemRepository extends JpaRepository<PdpItem, Long> {

	List<PdpItem> findByAppraisalIdOrderByByWhenAscIdAsc(Long appraisalId);

	List<PdpItem> findByAppraisalIdInOrderByByWhenAscIdAsc(java.util.Collection<Long> appraisalIds);

}
