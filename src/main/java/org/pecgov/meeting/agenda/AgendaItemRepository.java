package org.pecgov.meeting.agenda;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	/** A meeting's agenda in order, with the organisations each item concerns, in one statement. */
	@Query("select distinct i from AgendaItem i left join fetch i.organisationIds where i.meetingId = :meetingId order by i.position")
	List<AgendaItem> agenda(Long meetingId);

	@Query("select distinct i from AgendaItem i left join fetch i.organisationIds where i.meetingId in :meetingIds order by i.meetingId, i.position")
	List<AgendaItem> agendas(java.util.Collection<Long> meetingIds);

	@EntityGraph(attributePaths = "organisationIds")
	Optional<AgendaItem> findByIdAndMeetingIdAndOrganisationId(Long id, Long meetingId, Long organisationId);

	@Query("select distinct i from AgendaItem i left join fetch i.organisationIds where i.id in :ids")
	List<AgendaItem> byIds(java.util.Collection<Long> ids);

	/** Items referred to a committee and not yet taken up by one of its meetings, the earliest first. */
	@Query("""
			select distinct i from AgendaItem i left join fetch i.organisationIds
			where i.organisationId = :organisationId and i.referredToCommitteeId = :committeeId
			and not exists (select j from AgendaItem j where j.referredFromId = i.id)
			order by i.id
			""")
	List<AgendaItem> referredTo(Long organisationId, Long committeeId);

	@Query("select coalesce(max(i.position), 0) from AgendaItem i where i.meetingId = :meetingId")
	int lastPosition(Long meetingId);

	@Query("select distinct i.meetingId from AgendaItem i where i.meetingId in :meetingIds and i.minutes is not null")
	List<Long> meetingsWithMinutes(java.util.Collection<Long> meetingIds);

}
