package org.pecgov.meeting.agenda;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaperRepository extends JpaRepository<Paper, Long> {

	/** The papers of some items, without their content. */
	@Query("""
			select new org.pecgov.meeting.agenda.PaperInfo(p.id, p.itemId, p.filename, p.contentType, p.size, p.uploadedAt)
			from Paper p where p.itemId in :itemIds order by p.id
			""")
	List<PaperInfo> infoOf(Collection<Long> itemIds);

	Optional<Paper> findByIdAndItemIdAndOrganisationId(Long id, Long itemId, Long organisationId);

}
