package org.pecgov.appraisal.objective;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectiveUpdateRepository extends JpaRepository<ObjectiveUpdate, Long> {

	List<ObjectiveUpdate> findByObjectiveIdInOrderByOnDateAscIdAsc(Collection<Long> objectiveIds);

}
