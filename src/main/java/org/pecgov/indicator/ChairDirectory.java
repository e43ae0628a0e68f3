package org.pecgov.indicator;

import java.util.List;

import org.pecgov.organisation.Organisation;

/**
 * The directory of an SHA's PEC chairs (seed 000: two thirds of PEC chairs report poor links with their SHA): who
 * chairs each PEC today and how to reach them. The feature that knows who holds which post provides it.
 */
public interface ChairDirectory {

	/**
	 * Who chairs the PEC of each PCT today.
	 * @param pcts the PCTs, of the viewer's SHA
	 * @return a line per PCT, in the same order
	 */
	List<Chair> chairsOf(List<Organisation> pcts);

	/**
	 * A PCT and who chairs its PEC.
	 * @param pct the PCT
	 * @param name the chair's name, or null when the post is vacant
	 * @param email their email, or null
	 */
	record Chair(Organisation pct, String name, String email) {
	}

}
