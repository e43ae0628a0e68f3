package org.pecgov.outbox;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NoticePreferenceRepository extends JpaRepository<NoticePreference, Long> {

	List<NoticePreference> findByPersonId(Long personId);

	@Query("select p from NoticePreference p where lower(p.email) = lower(?1)")
	List<NoticePreference> findByEmail(String email);

	Optional<NoticePreference> findByPersonIdAndKind(Long personId, String kind);

	@Query("select p from NoticePreference p where lower(p.email) = lower(?1) and p.kind = ?2")
	Optional<NoticePreference> findByEmailAndKind(String email, String kind);

}
