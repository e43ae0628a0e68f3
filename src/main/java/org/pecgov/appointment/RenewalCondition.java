package org.pecgov.appointment;

import java.util.List;

/**
 * One condition of the reappointment gate, as met, not met or not applicable, with what it rests on.
 * Labels are in messages.properties as {@code renewal.kind.NAME} and {@code renewal.status.NAME}.
 * @param kind which condition
 * @param status whether it is met
 * @param detailKey the message that says what it rests on
 * @param args that message's arguments
 */
public record RenewalCondition(Kind kind, Status status, String detailKey, List<Object> args) {

	public RenewalCondition {
		args = List.copyOf(args);
	}

	/** The conditions, in the order they are shown. */
	public enum Kind {

		APPRAISAL, ATTENDANCE, DECLARATION, PRACTISING

	}

	/**
	 * Whether a condition is met. HIDDEN: the user may not see what it rests on (an appraisal is seen only
	 * by the appraisee, the appraiser and administrators); it counts as not met.
	 */
	public enum Status {

		MET, NOT_MET, NOT_APPLICABLE, HIDDEN

	}

	public boolean isMet() {
		return this.status == Status.MET;
	}

	public boolean isUnmet() {
		return this.status == Status.NOT_MET || this.status == Status.HIDDEN;
	}

	public boolean isHidden() {
		return this.status == Status.HIDDEN;
	}

	/**
	 * The detail message's arguments, for {@code #messages.msgWithParams}.
	 * @return them
	 */
	public Object[] arguments() {
		return this.args.toArray();
	}

	/**
	 * The conditions of a list that are not met.
	 * @param conditions the gate
	 * @return the kinds not met, in order
	 */
	public static List<Kind> unmet(List<RenewalCondition> conditions) {
		return conditions.stream().filter(RenewalCondition::isUnmet).map(RenewalCondition::kind).toList();
	}

}
