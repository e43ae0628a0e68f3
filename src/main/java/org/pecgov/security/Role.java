package org.pecgov.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. Labels are in messages.properties as {@code Role.NAME}.
 */
public enum Role {

	/** Runs the service: creates SHAs, PCTs and their first administrators. Sees no PCT's records. */
	OPERATOR,
	/** Reads across the PCTs of one Strategic Health Authority. */
	SHA_VIEWER,
	/** PCT administrator. */
	ADMIN,
	/** PEC chair. */
	CHAIR,
	/** Board secretary. */
	SECRETARY,
	/** PEC member, linked to a person on the register. */
	MEMBER;

	/** The roles a PCT administrator may give to the PCT's users. */
	public static final Set<Role> PCT_ROLES = EnumSet.of(ADMIN, CHAIR, SECRETARY, MEMBER);

	public String authority() {
		return "ROLE_" + name();
	}

}
