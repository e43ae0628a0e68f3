package org.pecgov.meeting.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictPlanRepository extends JpaRepository<ConflictPlan, Long> {

	List<ConflictPlan> findByItemIdIn(Collection<Long> itemIds);

	Optional<ConflictPlan> findByItemIdAndPersonId(Long itemId, Long personId);

}
