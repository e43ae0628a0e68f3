package org.pecgov.indicator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.pecgov.organisation.Organisation;

/**
 * An SHA's PCTs side by side on every indicator, from the latest month kept of each.
 * @param lines a line per PCT
 */
public record Comparison(List<Line> lines) {

	/**
	 * How many PCTs meet an indicator's target, of those with a value: the survey's terms ("9 of 12 PECs fully
	 * established").
	 * @param indicator the indicator
	 * @return how many meet it
	 */
	public long meeting(Indicator indicator) {
		return this.lines.stream().filter((l) -> l.statusOf(indicator) == Indicator.Status.MET).count();
	}

	/**
	 * How many PCTs have a value for an indicator that can be met or not.
	 * @param indicator the indicator
	 * @return how many
	 */
	public long measured(Indicator indicator) {
		return this.lines.stream()
			.map((l) -> l.statusOf(indicator))
			.filter((s) -> s == Indicator.Status.MET || s == Indicator.Status.NOT_MET)
			.count();
	}

	/**
	 * The lines sorted by an indicator (their per cent, or count), or by name.
	 * @param by the indicator, or null for the PCT's name
	 * @param descending highest first
	 * @return the lines
	 */
	public List<Line> sorted(Indicator by, boolean descending) {
		Comparator<Line> order = (by == null) ? Comparator.comparing((Line l) -> l.pct().getName())
				: Comparator.comparing((Line l) -> l.sortValue(by), Comparator.nullsFirst(Comparator.naturalOrder()))
					.thenComparing((Line l) -> l.pct().getName());
		return this.lines.stream().sorted(descending ? order.reversed() : order).toList();
	}

	/**
	 * The month most of the values are of.
	 * @return the latest month kept, or null when none is
	 */
	public LocalDate month() {
		return this.lines.stream()
			.flatMap((l) -> l.values().values().stream())
			.map(Kept::month)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(null);
	}

	/**
	 * A PCT's line.
	 * @param pct the PCT
	 * @param values its latest month kept, by indicator
	 * @param targets its targets
	 */
	public record Line(Organisation pct, Map<Indicator, Kept> values, Map<Indicator, Integer> targets) {

		public Kept valueOf(Indicator indicator) {
			return this.values.get(indicator);
		}

		public Indicator.Status statusOf(Indicator indicator) {
			Kept kept = this.values.get(indicator);
			return (kept != null) ? kept.status() : Indicator.Status.NO_DATA;
		}

		Long sortValue(Indicator indicator) {
			Kept kept = this.values.get(indicator);
			if (kept == null) {
				return null;
			}
			return (kept.of() == 0) ? ((indicator.kind() == Indicator.Kind.SHARE
					|| indicator.kind() == Indicator.Kind.MAJORITY) ? null : kept.value())
					: Long.valueOf(kept.percent());
		}

	}

}
