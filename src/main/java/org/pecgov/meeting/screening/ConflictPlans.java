package org.pecgov.meeting.screening;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's plans for conflicts as the other features of a meeting read them (the agenda, the
 * published pages); {@link ConflictService} is where they are recorded.
 */
@Component
@Transactional(readOnly = true)
public class ConflictPlans {

	private final ConflictPlanRepository plans;

	ConflictPlans(ConflictPlanRepository plans) {
		this.plans = plans;
	}

	/**
	 * The plans of some items.
	 * @param itemIds the items
	 * @return their plans
	 */
	public List<ConflictPlan> ofItems(Collection<Long> itemIds) {
		return this.plans.findByItemIdIn(itemIds);
	}

	/**
	 * The plan for someone on an item.
	 * @param itemId the item
	 * @param personId the person
	 * @return it, if there is one
	 */
	public Optional<ConflictPlan> of(Long itemId, Long personId) {
		return this.plans.findByItemIdAndPersonId(itemId, personId);
	}

}
