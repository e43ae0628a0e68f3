package org.pecgov.appointment;

import java.util.List;

import org.pecgov.committee.CompositionRules.Result;

/**
 * A change that would break composition rules of the PEC: allowed only once the user has seen the
 * warning and confirmed.
 */
public class CompositionWarning extends RuntimeException {

	private final transient List<Result> broken;

	public CompositionWarning(List<Result> broken) {
		super("The change breaks " + broken.size() + " composition rule(s)");
		this.broken = broken;
	}

	public List<Result> getBroken() {
		return this.broken;
	}

}
