package org.pecgov.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The column of a PCT's settings that says who appraises the holder of each kind of post: {@code KIND=LINE},
 * comma-separated; kinds not named are appraised by nobody.
 */
@Embeddable
class AppraisalLineColumns {

	@Column(name = "appraisers", nullable = false)
	private String appraisers = PctSettings.DEFAULT_APPRAISERS;

	/**
	 * Sets the lines.
	 * @param lines the line of each kind of post (names of kinds); kinds left out, or NOBODY, are appraised by nobody
	 */
	void set(Map<String, AppraisalLine> lines) {
		this.appraisers = lines.entrySet()
			.stream()
			.filter((e) -> e.getValue() != null && e.getValue() != AppraisalLine.NOBODY)
			.map((e) -> e.getKey() + "=" + e.getValue().name())
			.sorted()
			.collect(Collectors.joining(","));
	}

	/**
	 * The lines.
	 * @return by kind of post (names); kinds not there are appraised by nobody
	 */
	Map<String, AppraisalLine> lines() {
		Map<String, AppraisalLine> lines = new LinkedHashMap<>();
		if (this.appraisers != null && !this.appraisers.isBlank()) {
			for (String line : this.appraisers.split(",")) {
				String[] parts = line.split("=");
				lines.put(parts[0], AppraisalLine.valueOf(parts[1]));
			}
		}
		return lines;
	}

}
