package org.pecgov.user;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {

	Optional<SecondFactor> findByUserId(Long userId);

	/** The factor, locked: two codes sent at once are checked one after the other (a code is used once). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from SecondFactor f where f.userId = :userId")
	Optional<SecondFactor> lockByUserId(Long userId);

	boolean existsByUserId(Long userId);

	@Query("select f.userId from SecondFactor f where f.userId in :userIds")
	java.util.List<Long> userIdsAmong(java.util.Collection<Long> userIds);

}
