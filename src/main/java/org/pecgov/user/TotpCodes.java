package org.pecgov.user;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time codes (RFC 6238: 6 digits, 30 seconds, HMAC-SHA1, as every authenticator app reads them),
 * computed by java-otp; secrets are written in Base32 (RFC 4648) for the app.
 */
final class TotpCodes {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A code is accepted for one step either side of now, for clocks a little apart. */
	private static final int DRIFT_STEPS = 1;

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

	private TotpCodes() {
	}

	/**
	 * @return a new secret of 160 bits, in Base32
	 */
	static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	/**
	 * The 30-second step a code belongs to, if it is right for the secret, near now and later than the last one used.
	 * @param secret the Base32 secret
	 * @param code what the user typed (spaces allowed)
	 * @param lastUsedStep the step of the last code accepted (never accepted again)
	 * @param now the time
	 * @return the step, or -1 when the code is wrong, old or used
	 */
	static long stepOf(String secret, String code, long lastUsedStep, Instant now) {
		String digits = (code != null) ? code.replaceAll("[\\s-]", "") : "";
		if (!digits.matches("\\d{6}")) {
			return -1;
		}
		SecretKeySpec key = new SecretKeySpec(decode(secret), GENERATOR.getAlgorithm());
		long stepSeconds = GENERATOR.getTimeStep().getSeconds();
		long current = now.getEpochSecond() / stepSeconds;
		long found = -1;
		for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
			String expected = codeAt(key, Instant.ofEpochSecond(step * stepSeconds));
			if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII)) && step > lastUsedStep) {
				found = step;
			}
		}
		return found;
	}

	/**
	 * The code an app shows at a time (for tests and the demo).
	 * @param secret the Base32 secret
	 * @param at the time
	 * @return six digits
	 */
	static String codeAt(String secret, Instant at) {
		return codeAt(new SecretKeySpec(decode(secret), GENERATOR.getAlgorithm()), at);
	}

	private static String codeAt(SecretKeySpec key, Instant at) {
		try {
			return String.format(Locale.ROOT, "%06d", GENERATOR.generateOneTimePassword(key, at));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The address an authenticator app reads from the QR code.
	 * @param issuer the service's name as the app lists it
	 * @param account the user's email
	 * @param secret the Base32 secret
	 * @return an otpauth:// URI
	 */
	static String appLink(String issuer, String account, String secret) {
		return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + secret + "&issuer="
				+ encode(issuer) + "&algorithm=SHA1&digits=6&period=30";
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] decode(String base32) {
		String text = base32.replace("=", "").toUpperCase(Locale.ROOT);
		byte[] out = new byte[text.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int index = 0;
		for (char c : text.toCharArray()) {
			int value = ALPHABET.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not Base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out[index++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return out;
	}

}
