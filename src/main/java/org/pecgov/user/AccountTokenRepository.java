package org.pecgov.user;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	long countByUserIdAndPurposeAndCreatedAtAfter(Long userId, AccountToken.Purpose purpose, Instant after);

	/**
	 * Uses a link: true for exactly one of two requests that use it at once.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update AccountToken t set t.usedAt = :now, t.version = t.version + 1 where t.id = :id and t.usedAt is null and t.expiresAt > :now")
	int use(Long id, Instant now);

	/** Every other link of the user stops working once one is used or a new one is sent. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update AccountToken t set t.usedAt = :now, t.version = t.version + 1 where t.userId = :userId and t.usedAt is null")
	int voidAll(Long userId, Instant now);

}
