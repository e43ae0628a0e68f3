package org.pecgov.meeting.minutes;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions as the published pages read them; {@link MinutesService} is where they are recorded.
 */
@Component
@Transactional(readOnly = true)
public class Decisions {

	private final DecisionRepository decisions;

	Decisions(DecisionRepository decisions) {
		this.decisions = decisions;
	}

	/**
	 * The decisions on some items.
	 * @param itemIds the items
	 * @return their decisions
	 */
	public List<Decision> ofItems(Collection<Long> itemIds) {
		return this.decisions.findByItemIdIn(itemIds);
	}

}
