package org.pecgov.committee;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A post's job description and person specification as an administrator writes it.
 * @param purpose what the post is for
 * @param leadAreas key lead areas
 * @param tasks the tasks
 * @param daysPerWeek time commitment
 * @param remuneration remuneration basis
 * @param requirements competency id to essential (true) or desirable (false)
 */
public record SpecificationDetails(String purpose, String leadAreas, String tasks, BigDecimal daysPerWeek,
		String remuneration, Map<Long, Boolean> requirements) {
}
