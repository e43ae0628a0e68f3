package org.pecgov.support;

import org.pecgov.security.PecgovPrincipal;
import org.pecgov.security.Role;

/**
 * Principals for web slice tests, and the demo accounts of the integration tests.
 */
public final class TestUsers {

	/** The demo accounts' password in tests. */
	public static final String PASSWORD = "test-demo-Password-2026";

	public static final long PCT = 10L;

	public static final long OTHER_PCT = 20L;

	public static final long SHA = 1L;

	private TestUsers() {
	}

	public static PecgovPrincipal of(Role role) {
		return of(role, PCT, (role == Role.MEMBER) ? 100L : null);
	}

	public static PecgovPrincipal of(Role role, Long organisationId, Long personId) {
		Long organisation = switch (role) {
			case OPERATOR -> null;
			case SHA_VIEWER -> SHA;
			default -> organisationId;
		};
		return new PecgovPrincipal(role.ordinal() + 1L, role.name().toLowerCase() + "@test.example", "Test " + role,
				role, organisation, (organisation != null) ? "Test PCT" : null, personId, false, true, true, null);
	}

}
