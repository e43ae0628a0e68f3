package org.pecgov.indicator;

import java.util.List;

/**
 * An indicator's value for a PCT today, as the feature that owns its facts measures it.
 * @param indicator what is measured
 * @param value the count, or the part of a share
 * @param of the whole of a share (0 for a count)
 * @param href the page with the detail
 * @param parts the value broken down (per member, say), for the detail table; may be empty
 */
public record Measure(Indicator indicator, long value, long of, String href, List<Part> parts) {

	public Measure {
		parts = (parts != null) ? List.copyOf(parts) : List.of();
	}

	/**
	 * A share: a part of a whole.
	 * @param indicator what is measured
	 * @param part the part
	 * @param of the whole
	 * @param href the detail
	 * @return the measure
	 */
	public static Measure share(Indicator indicator, long part, long of, String href) {
		return new Measure(indicator, part, of, href, List.of());
	}

	/**
	 * A count.
	 * @param indicator what is measured
	 * @param count the count
	 * @param href the detail
	 * @return the measure
	 */
	public static Measure count(Indicator indicator, long count, String href) {
		return new Measure(indicator, count, 0, href, List.of());
	}

	/**
	 * The same measure with its breakdown.
	 * @param breakdown the parts
	 * @return the measure
	 */
	public Measure withParts(List<Part> breakdown) {
		return new Measure(this.indicator, this.value, this.of, this.href, breakdown);
	}

	/**
	 * The share in whole per cent, rounded down; null for a count or an empty whole.
	 * @return the per cent
	 */
	public Integer percent() {
		return (this.of == 0) ? null : (int) (this.value * 100 / this.of);
	}

	/**
	 * One line of a breakdown: a member's attendance, say.
	 * @param label what it is of (a name)
	 * @param value the part
	 * @param of the whole
	 */
	public record Part(String label, long value, long of) {

		public Integer percent() {
			return (this.of == 0) ? null : (int) (this.value * 100 / this.of);
		}

	}

	/**
	 * What a feature measures of the PEC of the PCT the signed-in user reads (the indicators page runs each
	 * source as a reader of the whole PCT, so counts cover everyone).
	 */
	public interface Source {

		/**
		 * The feature's indicators today.
		 * @return its measures
		 */
		List<Measure> measures();

	}

}
