package org.pecgov.appointment;

import java.util.List;

import org.pecgov.shared.FieldException;

/**
 * A renewal over an unmet condition of the reappointment gate, without a reason. The form shows the
 * conditions again beside its reason field.
 */
public class RenewalReasonRequired extends FieldException {

	private final transient List<RenewalCondition> conditions;

	public RenewalReasonRequired(List<RenewalCondition> conditions) {
		super("renewalReason", "renewal.reason.required");
		this.conditions = List.copyOf(conditions);
	}

	public List<RenewalCondition> getConditions() {
		return this.conditions;
	}

}
