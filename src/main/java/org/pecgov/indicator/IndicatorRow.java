package org.pecgov.indicator;

import java.util.List;

/**
 * An indicator on the indicators page: today's value, its target and status, and the months kept before.
 * @param measure today's value
 * @param target the PCT's target, or null when the indicator has none
 * @param status its status against the target
 * @param history the months kept, oldest first (this month's excluded)
 */
public record IndicatorRow(Measure measure, Integer target, Indicator.Status status, List<Kept> history) {

	public Indicator indicator() {
		return this.measure.indicator();
	}

	/**
	 * How today's value compares with the last month kept: higher, lower or the same (per cent for a share, the
	 * count otherwise); null when no month was kept.
	 * @return {@code UP}, {@code DOWN}, {@code SAME} or null
	 */
	public String trend() {
		if (this.history.isEmpty()) {
			return null;
		}
		Kept last = this.history.get(this.history.size() - 1);
		long before = (last.of() == 0) ? last.value() : (last.percent() != null ? last.percent() : 0);
		long now = (this.measure.of() == 0) ? this.measure.value()
				: (this.measure.percent() != null ? this.measure.percent() : 0);
		return (now > before) ? "UP" : ((now < before) ? "DOWN" : "SAME");
	}

	/**
	 * The last month kept, for the trend's words.
	 * @return it, or null
	 */
	public Kept lastKept() {
		return this.history.isEmpty() ? null : this.history.get(this.history.size() - 1);
	}

}
