package org.pecgov.meeting.agenda;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaVersionRepository extends JpaRepository<AgendaVersion, Long> {

	List<AgendaVersion> findByMeetingIdOrderByNumberAsc(Long meetingId);

	@Query("select coalesce(max(v.number), 0) from AgendaVersion v where v.meetingId = :meetingId")
	int lastNumber(Long meetingId);

}
