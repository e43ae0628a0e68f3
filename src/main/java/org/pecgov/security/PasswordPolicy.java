package org.pecgov.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords: at least 12 characters, not on the list of breached and common passwords shipped with the
 * service ({@code security/breached-passwords.txt.gz}, about 140,000 entries, compared whatever the case), and
 * not made of the user's own email, name or PCT.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** BCrypt reads at most 72 bytes. */
	public static final int MAX_BYTES = 72;

	/** The list of breached passwords is this long at least (OWASP ASVS 2.1.7 asks for a large one). */
	static final int MIN_BREACHED = 100_000;

	/** Words of a name or PCT shorter than this, or this common, are not looked for in a password. */
	private static final int MIN_WORD = 4;

	private static final Set<String> COMMON_WORDS = Set.of("primary", "care", "trust", "health", "the", "and",
			"nhs", "pct", "teaching", "city", "north", "south", "east", "west");

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	/** The first 8 bytes of the SHA-256 of each listed password, sorted: 1 MB for 140,000 passwords. */
	private final long[] breached;

	private final SecureRandom random = new SecureRandom();

	public PasswordPolicy() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(new ClassPathResource("security/breached-passwords.txt.gz").getInputStream()),
				StandardCharsets.UTF_8))) {
			this.breached = reader.lines()
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.mapToLong((line) -> fingerprint(line.toLowerCase(Locale.ROOT)))
				.sorted()
				.distinct()
				.toArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How many passwords the list holds.
	 * @return the number of distinct entries
	 */
	public int breachedCount() {
		return this.breached.length;
	}

	/**
	 * Checks a password.
	 * @param password the password as typed
	 * @return the message key of the rule it breaks, or empty when it is acceptable
	 */
	public Optional<String> problem(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		if (isBreached(password) || isRepetitive(password)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/**
	 * Checks a password of a known user: also refused when it holds their email (or the part before the @),
	 * a word of their name or a word of their PCT's name or code.
	 * @param password the password as typed
	 * @param personal the user's email, name, PCT name and code (nulls are skipped)
	 * @return the message key of the rule it breaks, or empty when it is acceptable
	 */
	public Optional<String> problem(String password, Collection<String> personal) {
		Optional<String> problem = problem(password);
		if (problem.isPresent()) {
			return problem;
		}
		String typed = password.toLowerCase(Locale.ROOT);
		for (String text : personal) {
			if (text == null || text.isBlank()) {
				continue;
			}
			String lower = text.strip().toLowerCase(Locale.ROOT);
			String local = lower.contains("@") ? lower.substring(0, lower.indexOf('@')) : lower;
			if (local.length() >= MIN_WORD && typed.contains(local)) {
				return Optional.of("password.personal");
			}
			for (String word : text.strip().split("[^\\p{L}\\p{N}]+")) {
				String low = word.toLowerCase(Locale.ROOT);
				// a code such as a PCT's (NSH) is looked for however short; other words from 4 letters
				boolean code = word.length() >= 3 && word.equals(word.toUpperCase(Locale.ROOT))
						&& word.chars().anyMatch(Character::isLetter);
				if ((code || low.length() >= MIN_WORD) && !COMMON_WORDS.contains(low) && typed.contains(low)) {
					return Optional.of("password.personal");
				}
			}
		}
		return Optional.empty();
	}

	private boolean isBreached(String password) {
		return Arrays.binarySearch(this.breached, fingerprint(password.toLowerCase(Locale.ROOT))) >= 0;
	}

	private static long fingerprint(String password) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (digest[i] & 0xff);
			}
			return value;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isRepetitive(String password) {
		return password.chars().distinct().count() <= 3;
	}

	/**
	 * A random one-time password that the policy accepts.
	 * @return 16 characters from an alphabet without look-alikes
	 */
	public String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
