package org.pecgov.shared;

/**
 * A record that belongs to one organisation (a PCT, or for users an SHA).
 */
public interface OrganisationOwned {

	Long getOrganisationId();

}
