package org.pecgov.interest;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a declaration says.
 * @param kind financial, non-financial professional or personal, or indirect
 * @param relationship the close associate's relationship, for an indirect interest
 * @param category what the interest is
 * @param description the interest in the declarant's words
 * @param fromDate when it arose
 * @param toDate when it ended, or null
 * @param actions the actions agreed to manage it
 * @param publishConsent whether the declarant consents to its publication
 * @param organisationIds the organisations of the directory it concerns
 */
public record DeclarationDetails(InterestKind kind, String relationship, InterestCategory category, String description,
		LocalDate fromDate, LocalDate toDate, String actions, boolean publishConsent, Set<Long> organisationIds) {
}
