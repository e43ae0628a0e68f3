package org.pecgov.meeting.attendance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.pecgov.meeting.MeetingStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

	List<Attendance> findByMeetingId(Long meetingId);

	List<Attendance> findByMeetingIdIn(Collection<Long> meetingIds);

	List<Attendance> findByPersonId(Long personId);

	List<Attendance> findByPersonIdAndOrganisationId(Long personId, Long organisationId);

	/** Some people's recorded attendance at a committee's meetings in some states before a day, latest first. */
	@Query("""
			select a from Attendance a join Meeting m on m.id = a.meetingId
			where a.personId in :people and m.organisationId = :organisationId and m.committeeId = :committeeId
			and m.date < :before and m.status in :held
			order by m.date desc, m.startTime desc, m.id desc
			""")
	List<Attendance> recordedBefore(Long organisationId, Long committeeId, LocalDate before,
			Collection<MeetingStatus> held, Collection<Long> people);

	/** Someone's recorded attendance at a committee's meetings in some states between two days, latest first. */
	@Query("""
			select a.status from Attendance a join Meeting m on m.id = a.meetingId
			where a.personId = :personId and m.organisationId = :organisationId and m.committeeId = :committeeId
			and m.date between :from and :to and m.status in :held
			order by m.date desc, m.startTime desc
			""")
	List<AttendanceStatus> statusesOf(Long organisationId, Long personId, Long committeeId, LocalDate from,
			LocalDate to, Collection<MeetingStatus> held);

	@Query("select distinct a.meetingId from Attendance a where a.meetingId in :meetingIds")
	List<Long> meetingsWithAttendance(java.util.Collection<Long> meetingIds);

}
