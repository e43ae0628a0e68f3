package org.pecgov.appraisal.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is said of a course or event attended.
 * @param course the course or event
 * @param attendedOn when
 * @param provider who provided it, or null
 * @param hours how many hours
 * @param joint whether managers and clinicians trained together
 * @param pdpItemId the development plan item it serves, or null
 */
public record TrainingDetails(String course, LocalDate attendedOn, String provider, BigDecimal hours, boolean joint,
		Long pdpItemId) {

}
