package org.pecgov.interest.directory;

/**
 * Kinds of organisation in a PCT's directory. Labels are in messages.properties as {@code DirectoryType.NAME}.
 */
public enum DirectoryType {

	GP_PRACTICE, PBC_CONSORTIUM, NHS_PROVIDER, INDEPENDENT_PROVIDER, VOLUNTARY_PROVIDER, SUPPLIER, LOCAL_AUTHORITY, OTHER

}
