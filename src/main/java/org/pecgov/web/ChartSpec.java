package org.pecgov.web;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Chart.js (from npm, served by the app; static/js/charts.js draws every
 * {@code canvas[data-chart]} from this, with no inline script). The page always shows the same data in a table
 * beside it, for screen readers and keyboards.
 * @param type {@code bar} or {@code line}
 * @param labels the categories (months, quarters, members)
 * @param datasets the series
 * @param percent whether the values are per cent (an axis from 0 to 100)
 * @param horizontal whether bars run across (for long labels, such as names)
 */
public record ChartSpec(String type, List<String> labels, List<Dataset> datasets, boolean percent, boolean horizontal) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** NHS blue. */
	public static final String BLUE = "#005eb8";

	/** NHS warm yellow. */
	public static final String YELLOW = "#ffb81c";

	/** NHS red, for what needs attention. */
	public static final String RED = "#d5281b";

	/** NHS dark grey. */
	public static final String GREY = "#425563";

	/**
	 * The chart as the script reads it.
	 * @return JSON
	 */
	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	/**
	 * A series of values.
	 * @param label its name, in the legend
	 * @param data its values, one per label (null for none)
	 * @param colours a colour per value, or one for all
	 */
	public record Dataset(String label, List<Number> data, List<String> colours) {
	}

}
