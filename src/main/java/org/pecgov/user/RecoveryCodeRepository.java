package org.pecgov.user;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	List<RecoveryCode> findByUserId(Long userId);

	@Query("select count(c) from RecoveryCode c where c.userId = :userId and c.usedAt is null")
	long countUnused(Long userId);

}
