package org.pecgov.organisation;

/**
 * A Strategic Health Authority oversees Primary Care Trusts.
 */
public enum OrganisationType {

	SHA, PCT

}
