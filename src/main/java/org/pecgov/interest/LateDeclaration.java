package org.pecgov.interest;

import java.time.LocalDate;

/**
 * A declaration was made more than 28 days after the interest arose (or after the declarant was first
 * appointed): published in the transaction that records it, so that the breach is recorded with it.
 * @param organisationId the PCT
 * @param personId the declarant
 * @param declarationId the declaration
 * @param day the day it was declared
 */
public record LateDeclaration(Long organisationId, Long personId, Long declarationId, LocalDate day) {
}
