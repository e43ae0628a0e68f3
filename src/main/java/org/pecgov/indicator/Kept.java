package org.pecgov.indicator;

import java.time.LocalDate;

/**
 * An indicator's value kept for a month.
 * @param organisationId the PCT
 * @param month the month's first day
 * @param indicator what
 * @param value the count, or the part of a share
 * @param of the whole of a share (0 for a count)
 * @param status its status then
 */
public record Kept(Long organisationId, LocalDate month, Indicator indicator, long value, long of,
		Indicator.Status status) {

	/**
	 * The share in whole per cent, rounded down; null for a count.
	 * @return the per cent
	 */
	public Integer percent() {
		return (this.of == 0) ? null : (int) (this.value * 100 / this.of);
	}

}
