package org.pecgov.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * A section of the PEC's annual report that a feature writes from its own facts (the membership and its changes,
 * say): a heading, a line saying what it shows, and a table, in the words the feature chooses.
 * @param order where it comes among the features' sections
 * @param heading its heading
 * @param text the line under the heading
 * @param headers the table's column headings
 * @param rows the table's rows
 */
public record ReportSection(int order, String heading, String text, List<String> headers, List<List<String>> rows) {

	/**
	 * What a feature adds to the annual report of the PCT the signed-in reader reads.
	 */
	public interface Source {

		/**
		 * The feature's sections for a year.
		 * @param from the year's first day
		 * @param to its last day
		 * @return the sections
		 */
		List<ReportSection> sections(LocalDate from, LocalDate to);

	}

}
