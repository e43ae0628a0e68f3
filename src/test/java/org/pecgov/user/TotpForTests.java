package org.pecgov.user;

import java.time.Instant;

/**
 * What an authenticator app shows, for tests outside this package (the browser stories).
 */
public final class TotpForTests {

	private TotpForTests() {
	}

	/**
	 * @param secret the key shown on the set-up page (spaces allowed)
	 * @param at the time
	 * @return the six digits an app shows then
	 */
	public static String code(String secret, Instant at) {
		return TotpCodes.codeAt(secret.replace(" ", ""), at);
	}

}
