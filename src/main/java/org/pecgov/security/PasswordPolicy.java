package org.pecgov.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords: at least 12 characters and not on the list of common passwords.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** BCrypt reads at most 72 bytes. */
	public static final int MAX_BYTES = 72;

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final Set<String> common;

	private final SecureRandom random = new SecureRandom();

	public PasswordPolicy() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			this.common = reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
		if (this.common.contains(password.toLowerCase(Locale.ROOT)) || isRepetitive(password)) {
			return Optional.of("password.common");
		}
		return Optional.empty();
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
