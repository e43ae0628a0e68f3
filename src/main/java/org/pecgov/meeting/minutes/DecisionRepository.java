package org.pecgov.meeting.minutes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

	List<Decision> findByItemIdIn(Collection<Long> itemIds);

	Optional<Decision> findByItemId(Long itemId);

}
