package org.pecgov.organisation;

/**
 * A PCT was created: features set up its defaults (committees, competencies, settings) in the same
 * transaction.
 * @param organisationId the new PCT
 */
public record PctCreated(Long organisationId) {
}
