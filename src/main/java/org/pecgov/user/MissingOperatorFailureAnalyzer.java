package org.pecgov.user;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says plainly why the start stopped when there is no first operator, and what to do.
 */
class MissingOperatorFailureAnalyzer extends AbstractFailureAnalyzer<MissingOperatorException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingOperatorException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set PECGOV_OPERATOR_EMAIL and PECGOV_OPERATOR_PASSWORD (at least 12 characters, not a common password) "
						+ "to create the first operator, or PECGOV_DEMO=true to load the demo data.",
				cause);
	}

}
