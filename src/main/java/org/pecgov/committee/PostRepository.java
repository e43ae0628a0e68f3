package org.pecgov.committee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long> {

	List<Post> findByCommitteeIdOrderByKindAscTitleAsc(Long committeeId);

	List<Post> findByOrganisationIdOrderByCommitteeIdAscKindAscTitleAsc(Long organisationId);

	List<Post> findByOrganisationIdAndIdIn(Long organisationId, Collection<Long> ids);

	Optional<Post> findByIdAndOrganisationId(Long id, Long organisationId);

	/** A post, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Post p where p.id = :id and p.organisationId = :organisationId")
	Optional<Post> lock(Long id, Long organisationId);

	@Query("select count(p) > 0 from Post p where p.committeeId = ?1 and lower(p.title) = lower(?2) and p.id <> ?3")
	boolean titleTaken(Long committeeId, String title, Long exceptId);

	/** The chair's posts of the PECs of some PCTs. */
	@Query("""
			select p from Post p where p.organisationId in :organisationIds and p.kind = org.pecgov.committee.PostKind.CHAIR
			and p.retired = false and p.committeeId in (select c.id from Committee c where c.organisationId in :organisationIds
			and c.kind = org.pecgov.committee.CommitteeKind.PEC)
			""")
	List<Post> pecChairPostsOf(Collection<Long> organisationIds);

}
