package org.pecgov.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.pecgov.shared.BaseEntity;
import org.pecgov.shared.OrganisationOwned;

/**
 * A single-use code that stands in for the authenticator app. Only a salted SHA-256 of it is kept (ASVS 2.6.2:
 * 50 random bits, a random 32-bit salt).
 */
@Entity
@Table(name = "recovery_code")
class RecoveryCode extends BaseEntity implements OrganisationOwned {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(name = "organisation_id", updatable = false)
	private Long organisationId;

	@Column(nullable = false, updatable = false)
	private String salt;

	@Column(name = "code_hash", nullable = false, updatable = false)
	private String codeHash;

	@Column(name = "used_at")
	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(AppUser user, String code) {
		this.userId = user.getId();
		this.organisationId = user.getOrganisationId();
		byte[] saltBytes = new byte[4];
		RANDOM.nextBytes(saltBytes);
		this.salt = HexFormat.of().formatHex(saltBytes);
		this.codeHash = hash(this.salt, code);
	}

	/**
	 * @return a new code, ten letters and digits (no look-alikes) in two groups: 49 bits
	 */
	static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * @param typed what the user typed
	 * @return true if it is this code, still unused
	 */
	boolean matches(String typed) {
		String normal = normal(typed);
		return this.usedAt == null && MessageDigest.isEqual(hash(this.salt, normal).getBytes(StandardCharsets.US_ASCII),
				this.codeHash.getBytes(StandardCharsets.US_ASCII));
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	boolean isUsed() {
		return this.usedAt != null;
	}

	static boolean looksLikeOne(String typed) {
		return typed != null && normal(typed).matches("[a-z0-9]{5}-[a-z0-9]{5}");
	}

	private static String normal(String typed) {
		String letters = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
		return (letters.length() == 10) ? letters.substring(0, 5) + "-" + letters.substring(5) : letters;
	}

	private static String hash(String salt, String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public Long getOrganisationId() {
		return this.organisationId;
	}

	Long getUserId() {
		return this.userId;
	}

}
