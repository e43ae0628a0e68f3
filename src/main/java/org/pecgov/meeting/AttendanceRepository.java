package org.pecgov.meeting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

	List<Attendance> findByMeetingId(Long meetingId);

	List<Attendance> findByPersonId(Long personId);

	List<Attendance> findByMeetingIdInAndPersonIdIn(Collection<Long> meetingIds, Collection<Long> personIds);

}
