package org.pecgov.indicator;

/**
 * What pecgov says about whether a PEC works: the questions of seed 000's survey and of "Fit to Lead" (§3.3,
 * §3.4, §7.2), in the order the indicators page shows them. Each has its kind, a default target a PCT may change,
 * and the page with its detail. Labels are in messages.properties as {@code indicator.NAME} (with {@code .hint}).
 */
public enum Indicator {

	/** Posts of the PEC held today, of its posts: "fully established". */
	POSTS_FILLED(Kind.SHARE, 100),
	/** The PCT's rules on the PEC's make-up that are met, of those it applies. */
	COMPOSITION(Kind.SHARE, 100),
	/** Clinical members of the PEC, of its members (people, not posts): a majority. */
	CLINICAL_MAJORITY(Kind.MAJORITY, 50),
	/** Professions among the clinical members. */
	PROFESSIONS(Kind.AT_LEAST, 2),
	/** Post holders who made their return in the round, of those expected. */
	RETURNS(Kind.SHARE, 100),
	/** Breaches of the rules on declaring still open. */
	BREACHES_OPEN(Kind.AT_MOST, 0),
	/** Post holders with an appraiser whose appraisal is in date, of those with an appraiser. */
	APPRAISALS(Kind.SHARE, 100),
	/** Post holders with an appraiser whose one-to-one review is not overdue. */
	REVIEWS(Kind.SHARE, 90),
	/** Post holders with training recorded in the last 12 months (seed 000: four in ten PCTs gave none). */
	TRAINING(Kind.SHARE, 100),
	/** Members present at the PEC's meetings of the last 12 months, of those expected. */
	ATTENDANCE(Kind.SHARE, 75),
	/** The PEC's meetings of the last 12 months that were quorate. */
	QUORATE(Kind.SHARE, 100),
	/** Items referred elsewhere for want of a quorum in the last 12 months. */
	REFERRED(Kind.AT_MOST, 0),
	/** Items debated (for decision or discussion) rather than received for information: not a "talking shop". */
	DEBATED(Kind.SHARE, 50),
	/**
	 * The PEC's four functions (seed 000, "Fit to Lead" §3.3) served by at least one item debated in the last 12
	 * months: a PEC that decides strategy and commissioning, not a talking shop.
	 */
	FUNCTIONS(Kind.AT_LEAST, 4),
	/** Decisions of the last 12 months carrying a recommendation to the Board. */
	RECOMMENDATIONS(Kind.AT_LEAST, 1),
	/** Terms of office ending within 12 months. */
	TERMS_ENDING(Kind.COUNT, 0),
	/** Whether more than half of the clinical members' terms end within one staggering window (6 months). */
	CLINICAL_CLIFF(Kind.NO, 0);

	private final Kind kind;

	private final int defaultTarget;

	Indicator(Kind kind, int defaultTarget) {
		this.kind = kind;
		this.defaultTarget = defaultTarget;
	}

	public Kind kind() {
		return this.kind;
	}

	public int defaultTarget() {
		return this.defaultTarget;
	}

	/**
	 * Whether the PCT may set its own target.
	 * @return true for shares and counts with a limit
	 */
	public boolean hasTarget() {
		return this.kind != Kind.COUNT && this.kind != Kind.NO;
	}

	/**
	 * The highest target a PCT may set: 100 for a share, 999 for a count.
	 * @return the most
	 */
	public int maxTarget() {
		return (this.kind == Kind.SHARE || this.kind == Kind.MAJORITY) ? 100 : 999;
	}

	/**
	 * Whether a value meets a target.
	 * @param value the value (the part, for a share)
	 * @param of the whole, for a share
	 * @param target the target
	 * @return the status
	 */
	public Status status(long value, long of, int target) {
		return switch (this.kind) {
			case SHARE -> (of == 0) ? Status.NO_DATA : ((value * 100 >= (long) target * of) ? Status.MET : Status.NOT_MET);
			case MAJORITY -> (of == 0) ? Status.NO_DATA : ((value * 100 > (long) target * of) ? Status.MET : Status.NOT_MET);
			case AT_LEAST -> (value >= target) ? Status.MET : Status.NOT_MET;
			case AT_MOST -> (value <= target) ? Status.MET : Status.NOT_MET;
			case NO -> (value == 0) ? Status.MET : Status.NOT_MET;
			case COUNT -> Status.NONE;
		};
	}

	/**
	 * How an indicator is measured. Labels are in messages.properties as {@code indicator.kind.NAME}.
	 */
	public enum Kind {

		/** A part of a whole, with a target in per cent: at least the target. */
		SHARE,
		/** A part of a whole that must be more than the target in per cent. */
		MAJORITY,
		/** A count that should reach the target. */
		AT_LEAST,
		/** A count that should stay at or below the target. */
		AT_MOST,
		/** A count shown for information, with no target. */
		COUNT,
		/** Something that should not happen: 0 for no, 1 for yes. */
		NO

	}

	/**
	 * An indicator's status against its target. Labels are in messages.properties as {@code indicator.status.NAME}.
	 */
	public enum Status {

		MET, NOT_MET, NO_DATA, NONE

	}

}
